/** Links between actors found by different rules. */
import type { ScanContext } from './context.ts';
import type { KeyUnion } from './coref.ts';
import { lookupCity, lookupCountry, lookupProvince } from './gazetteer.ts';
import { ORG_NAME_STOPWORDS, ORG_WORD_ABBREVIATIONS } from '../data/org-patterns.ts';

/** Marks mentions inside a person's title: "Gubernur Jawa Tengah" names the office, not a party. */
export function markTitles(ctx: ScanContext): void {
  // Mark the characters covered by titles once, then test each mention's span.
  const covered = new Uint8Array(ctx.text.length + 1);
  let any = false;
  for (const c of ctx.candidates) {
    if (c.kind !== 'person' || !c.role) continue;
    covered.fill(1, c.role.start, c.role.end);
    any = true;
  }
  if (!any) return;
  for (const c of ctx.candidates) {
    if (c.kind !== 'person' && covered[c.start] && covered[c.end - 1]) c.inRole = true;
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

const ABBREV = new Map(ORG_WORD_ABBREVIATIONS.map((r) => r.split('|') as [string, string]));
const STOP = new Set(ORG_NAME_STOPWORDS);

/** Words of an organization's name with short forms and place abbreviations spelt out. */
function signature(name: string, defined: Map<string, string>): string {
  const noParens = name.replace(/\([^()]*\)/g, ' ');
  let s = ` ${noParens.toLowerCase().replace(/[.,/&'’-]/g, ' ').replace(/\s+/g, ' ').trim()} `;
  for (const [short, long] of defined) if (s.includes(short)) s = s.replace(` ${short} `, ` ${long} `);
  const words: string[] = [];
  for (const w of s.trim().split(' ')) {
    const place = lookupProvince(w) ?? lookupCountry(w);
    const full = (ABBREV.get(w) ?? (place && w.length <= 8 ? place.name.toLowerCase() : w)).split(' ');
    for (const f of full) if (f && !STOP.has(f)) words.push(f);
  }
  return words.sort().join(' ');
}

/** "Shopee Indonesia" is the local arm of the company "Shopee" the text also names: one actor. */
function mergeLocalArms(ctx: ScanContext, union: KeyUnion): void {
  const companies = new Map<string, string>();
  for (const c of ctx.candidates) if (!c.dead && c.kind === 'organization' && c.category === 'company' && c.canonical) companies.set(c.canonical.toLowerCase(), c.key);
  if (companies.size === 0) return;
  for (const c of ctx.candidates) {
    if (c.dead || c.kind !== 'organization' || !c.canonical) continue;
    const m = /^(.+) Indonesia$/i.exec(c.canonical);
    const base = m ? companies.get(m[1]!.toLowerCase()) : undefined;
    if (base) union.union(c.key, base);
  }
}

/** Organizations written two ways ("Kedubes Belanda", "Kedutaan Besar (Kedubes) Kerajaan Belanda") are one. */
export function mergeOrgSpellings(ctx: ScanContext, union: KeyUnion): void {
  const defined = new Map<string, string>();
  for (const d of ctx.acronyms) defined.set(d.short.toLowerCase(), d.long.toLowerCase().replace(/[.,/&'’-]/g, ' ').replace(/\s+/g, ' '));
  mergeLocalArms(ctx, union);
  const bySig = new Map<string, string>();
  // Names without their city ("Konsulat Malaysia" for "Konsulat Malaysia di Pontianak"): merged
  // only when one city goes with the bare name; "Politeknik Negeri Malang" and "... Madiun" are two.
  const cityless = new Map<string, string>();
  const withCity = new Map<string, Map<string, string>>();
  const cache = new Map<string, { sig: string; bare?: string }>();
  for (const c of ctx.candidates) {
    if (c.dead || c.kind !== 'organization') continue;
    for (const n of [c.canonical, ctx.text.slice(c.start, c.end)]) {
      if (!n) continue;
      let sigs = cache.get(n);
      if (sigs === undefined) {
        const sig = signature(n, defined);
        const words = sig.split(' ');
        const bareWords = words.filter((w) => !lookupCity(w));
        sigs = words.length < 2 ? { sig: '' } : bareWords.length !== words.length && bareWords.length >= 2 ? { sig, bare: bareWords.join(' ') } : { sig };
        cache.set(n, sigs);
      }
      if (!sigs.sig) continue;
      const seen = bySig.get(sigs.sig);
      if (seen) union.union(seen, c.key);
      else bySig.set(sigs.sig, c.key);
      if (sigs.bare) {
        const m = withCity.get(sigs.bare) ?? new Map<string, string>();
        if (!m.has(sigs.sig)) m.set(sigs.sig, c.key);
        withCity.set(sigs.bare, m);
      } else if (!cityless.has(sigs.sig)) cityless.set(sigs.sig, c.key);
    }
  }
  for (const [bare, full] of withCity) {
    const key = cityless.get(bare);
    if (key && full.size === 1) union.union(key, [...full.values()][0]!);
  }
}

/**
 * "MES DKI Jakarta" and "MES Mesir" with a bare "MES" in between: the bare short form refers to
 * one of the branches, not to a national body the text never names. With two or more branches,
 * a base organization named only by its short form or its definition is dropped.
 */
export function dropBareBases(ctx: ScanContext, union: KeyUnion): void {
  const groups = new Map<string, typeof ctx.candidates>();
  for (const c of ctx.candidates) {
    if (c.dead || c.kind !== 'organization') continue;
    const r = union.find(c.key);
    const g = groups.get(r) ?? [];
    g.push(c);
    groups.set(r, g);
  }
  const names = [...groups.entries()].map(([root, g]) => [root, g.map((c) => (c.canonical ?? ctx.text.slice(c.start, c.end)).toLowerCase())] as const);
  for (const [root, g] of groups) {
    const base = (g[0]!.canonical ?? ctx.text.slice(g[0]!.start, g[0]!.end)).toLowerCase().replace(/ indonesia$/, '');
    if (g.some((c) => c.source === 'alias-branch')) continue;
    const branches = names.filter(([r, ns]) => r !== root && ns.some((n) => n.startsWith(base + ' ')));
    if (branches.length < 2) continue;
    for (const c of g) c.dead = true;
  }
}
