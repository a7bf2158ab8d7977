/**
 * Prefixes that name a region: "level|prefix|country (ISO alpha-2, when the prefix implies one)".
 * The canonical name keeps the prefix ("Provinsi Fujian"), as news writes it.
 */
export const REGION_PREFIXES: readonly string[] = [
  'province|Provinsi|',
  'province|Province of|',
  'province|Prefektur|JP',
  'province|Prefecture of|JP',
  'province|Negara Bagian|',
  'province|State of|',
  'province|Daerah Istimewa|ID',
  'city|Kota|',
  'city|City of|',
  'regency|Kabupaten|ID',
  'regency|Kab|ID',
  'district|Kecamatan|ID',
  'city|Distrik|',
];
