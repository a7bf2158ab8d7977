/**
 * Indonesia's regencies and cities, from the maintained `idn-area-data` package (official BPS
 * codes, ODbL) through the generated indonesian-area-rows.ts. Indexed once, on first use.
 */
import { INDONESIAN_AREA_ROWS } from './indonesian-area-rows.ts';

export interface IndonesianArea {
  /** "Kota Blitar", "Kabupaten Raja Ampat" as the regulation writes it. */
  name: string;
  kind: 'city' | 'regency';
  /** BPS code of the province ("35"). */
  provinceCode: string;
}

let byBareName: Map<string, IndonesianArea[]> | undefined;

function index(): Map<string, IndonesianArea[]> {
  const out = new Map<string, IndonesianArea[]>();
  for (const row of INDONESIAN_AREA_ROWS) {
    const [, provinceCode, name] = row.split('|');
    const m = /^(Kabupaten|Kota)(?: Administrasi)? (.+)$/.exec(name ?? '');
    if (!m || !provinceCode) continue;
    const key = m[2]!.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), { name: name!, kind: m[1] === 'Kota' ? 'city' : 'regency', provinceCode }]);
  }
  return out;
}

/** Regencies and cities named so, without "Kabupaten"/"Kota" ("Blitar" -> Kota Blitar and Kabupaten Blitar). */
export function indonesianAreasNamed(bareName: string): readonly IndonesianArea[] {
  byBareName ??= index();
  return byBareName.get(bareName.toLowerCase()) ?? [];
}
