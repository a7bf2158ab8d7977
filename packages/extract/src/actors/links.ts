/** Links between actors found by different rules. */
import type { ScanContext } from './context.ts';
import type { KeyUnion } from './coref.ts';

/** Marks mentions inside a person's title: "Gubernur Jawa Tengah" names the office, not a party. */
export function markTitles(ctx: ScanContext): void {
  const roles = ctx.candidates.filter((c) => c.kind === 'person' && c.role).map((c) => c.role!);
  if (roles.length === 0) return;
  for (const c of ctx.candidates) {
    if (c.kind === 'person') continue;
    if (roles.some((r) => c.start >= r.start && c.end <= r.end)) c.inRole = true;
  }
}

/**
 * "Kabupaten Pekalongan" in a text about "Pemkab Pekalongan" stands for the government (the
 * annotators' reading for cities and regencies); provinces and countries stay places.
 */
export function mergeRegionsIntoGovernments(ctx: ScanContext, union: KeyUnion): void {
  const govs = new Map<string, string>();
  for (const c of ctx.candidates) {
    if (c.dead || c.kind !== 'organization' || c.source !== 'local-gov' || !c.canonical) continue;
    const m = /^Pemerintah (Kota|Kabupaten|Prefektur) (.+)$/.exec(c.canonical);
    if (m) govs.set(`${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`, c.key);
  }
  if (govs.size === 0) return;
  for (const c of ctx.candidates) {
    if (c.dead || c.kind !== 'place' || !c.canonical) continue;
    const key = govs.get(c.canonical.toLowerCase().replace(/^kab\.? /, 'kabupaten '));
    if (key) union.union(key, c.key);
  }
}
