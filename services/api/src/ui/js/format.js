// Labels and small formatters shared by the pages.

export const TYPES = { mou: 'MoU', loi: 'LoI', sister_region: 'Sister region', cooperation: 'Cooperation', other: 'Other' };
export const STATUSES = { proposed: 'Proposed', agreed: 'Agreed', signed: 'Signed', in_force: 'In force' };
export const KINDS = { person: 'Person', organization: 'Organization', place: 'Place' };
export const STAGES = ['fetcher', 'extractor', 'indexer', 'api', 'cli'];

export const typeLabel = (t) => TYPES[t] ?? t ?? '';
export const statusLabel = (s) => STATUSES[s] ?? s ?? '';
export const kindLabel = (k) => KINDS[k] ?? k ?? '';
/** "provincial_government" -> "provincial government". */
export const words = (s) => (s ? String(s).replace(/[_-]+/g, ' ') : '');

let regionNames;
try {
  regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
} catch {
  regionNames = null;
}

/** "KR" -> "South Korea (KR)"; provinces ("ID-JT") and unknown codes stay as they are. */
export function countryLabel(code) {
  if (!code) return '';
  if (/^[A-Z]{2}$/.test(code) && regionNames) {
    const name = regionNames.of(code);
    if (name && name !== code) return `${name} (${code})`;
  }
  return code;
}

/** The date part of an ISO timestamp as the outlet printed it ("2022-10-23T14:05:00+07:00" -> "2022-10-23"). */
export const day = (iso) => (typeof iso === 'string' ? iso.slice(0, 10) : '');

/** The date an agreement is known by: its own date, else its month, else its first source's. */
export function agreementDate(a) {
  return a.date ?? a.month ?? day(a.sources?.map((s) => s.publishedAt).filter(Boolean).sort()[0]) ?? '';
}

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
