/** Groups candidate mentions into actors: name, aliases, role, country, evidence, mentions. */
import type { Actor } from '@coopnews/schema';
import type { Mention } from '../types.ts';
import type { Candidate, ScanContext } from './context.ts';
import type { KeyUnion } from './coref.ts';
import { quoteAround } from './evidence.ts';
import { partyScore } from './party.ts';
import { lookupAny, lookupCountry, lookupProvince } from './gazetteer.ts';
import { ORG_HEAD_SET } from './lexicon.ts';
import { demonymCountry } from './persons.ts';

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

function pickName(kind: Candidate['kind'], group: Candidate[], text: string, english: boolean): string {
  if (kind === 'person') {
    const named = group.filter((c) => c.source !== 'nickname' && c.source !== 'short-name');
    const pool = named.length ? named : group;
    return pool.map((c) => clean(text.slice(c.start, c.end))).sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0]!;
  }
  // A text that writes a long form of its own ("Ministry of Cooperatives and SMEs", "South
  // Korea") and never the canonical Indonesian one is named as it writes it.
  const gaz = group.filter((c) => c.source.startsWith('gazetteer') && c.canonical);
  if (english && gaz.length > 0 && gaz.length === group.filter((c) => c.canonical === gaz[0]!.canonical).length) {
    const surfaces = gaz.map((c) => clean(text.slice(c.start, c.end)));
    if (!surfaces.includes(gaz[0]!.canonical!)) {
      const long = surfaces.filter((s) => !/\(/.test(s) && !/^[\p{Lu}\d-]+$/u.test(s) && lookupAny(s)?.name === gaz[0]!.canonical).sort((a, b) => b.length - a.length)[0];
      if (long && !/^(Republik|Republic|Kerajaan|Pemerintah)\b/.test(long)) return long;
    }
  }
  const byStrength = [...group].sort((a, b) => b.strength - a.strength || (b.canonical ?? '').length - (a.canonical ?? '').length);
  const best = byStrength[0]!;
  // Expanded names beat short forms: the longest canonical among the strongest.
  const strongest = group.filter((c) => c.strength >= best.strength - 0.05 && c.canonical);
  const longest = strongest.sort((a, b) => b.canonical!.length - a.canonical!.length)[0];
  return clean(longest?.canonical ?? best.canonical ?? text.slice(best.start, best.end));
}

/**
 * Titles name provinces in full and spell out short forms the text defines ("Gubernur Jatim" ->
 * "Gubernur Jawa Timur", "Direktur Polbeng" -> "Direktur Politeknik Negeri Bengkalis (Polbeng)");
 * a short form already explained in parentheses stays as written.
 */
export function expandRole(role: string, defined: Map<string, string>): string {
  let out = role;
  for (const [short, long] of defined) {
    // Well-known short forms (UNIDO, LPDB-KUMKM) stay as written, like the annotators keep them.
    if (!out.includes(short) || out.includes(`(${short})`) || lookupAny(short) || ORG_HEAD_SET.match([{ lower: short.toLowerCase() } as never], 0, short)) continue;
    // The short form stays beside its expansion, as the annotators write a title ("... (JAKIM)").
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'), `${long} (${short})`);
  }
  return out.replace(/(?<![\p{L}(])(\p{Lu}\p{L}+ )?(\p{Lu}\p{Ll}{3,6})(?![\p{L})])/gu, (all: string, before: string | undefined, w: string) => {
    const p = lookupProvince(w);
    // "Bank Jateng" is a name of its own.
    if (!p || p.name === w || (before && lookupAny(all))) return all;
    return (before ?? '') + p.name;
  });
}

/** "Kedutaan Besar Indonesia untuk Korsel" -> "... Korea Selatan": country short forms in names, RI and AS kept. */
function expandCountries(name: string): string {
  // Headline case ("Untuk", "Dan") is not part of the name.
  return name.replace(/ (Untuk|Dan|Di|Dari|Pada|Bagi) /g, (m) => m.toLowerCase()).replace(/(?<![\p{L}])(\p{Lu}\p{Ll}{3,6})(?![\p{L}])/gu, (w: string) => {
    const c = lookupCountry(w);
    // "Korea" is the start of "Korea Selatan" already: expanding it would repeat words ("Korea Selatan Selatan").
    return c && c.name !== w && c.names.indexOf(w) > 0 && c.name.includes(' ') && !c.name.startsWith(`${w} `) ? c.name : w;
  });
}

/** "Philippine President" -> "President of Philippines": English titles name the country after "of". */
function ofCountry(role: string): string {
  const m = /^((?:South |North )?)(\p{Lu}\p{Ll}+) (\p{Lu}[\p{L} -]*)$/u.exec(role);
  const country = m ? demonymCountry(m[2]!) : undefined;
  return m && country ? `${m[3]} of ${m[1]}${country}` : role;
}

/** Indonesian news writes its own head of state as plain "Presiden": the annotators name the country. */
function homePresident(role: string, english: boolean): string {
  return !english && /^(?:Wakil )?Presiden$/.test(role) ? `${role} Republik Indonesia` : role;
}

function pickRole(group: Candidate[], text: string): { role: string; start: number; end: number } | undefined {
  let best: { role: string; start: number; end: number; rank: number } | undefined;
  for (const c of group) {
    if (!c.role) continue;
    let role = clean(text.slice(c.role.start, c.role.end)).replace(/[,;:]+$/, '');
    // Unbalanced parenthesis at the end: "Pelaksana Tugas (Plt" -> keep it closed.
    if ((role.match(/\(/g)?.length ?? 0) > (role.match(/\)/g)?.length ?? 0)) role += ')';
    // Titles written as titles beat descriptions; then the longest.
    const rank = (c.source === 'described' || c.source === 'description') && !c.officeAfter ? 0 : 1;
    if (!best || rank > best.rank || (rank === best.rank && role.split(' ').length > best.role.split(' ').length)) best = { role, start: c.role.start, end: c.role.end, rank };
  }
  return best;
}

/**
 * The country of a foreign region the gazetteer does not know: the country written right after
 * it ("Provinsi Khanh Hoa, Vietnam"), else the foreign country the text names most.
 */
function inferCountry(ctx: ScanContext, members: Candidate[]): string | undefined {
  for (const m of members) {
    const after = /^,?\s+([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/u.exec(ctx.text.slice(m.end, m.end + 40));
    const c = after ? lookupCountry(after[1]!) : undefined;
    if (c) return c.country;
  }
  const counts = new Map<string, number>();
  for (const c of ctx.candidates) if (!c.dead && c.kind === 'place' && c.country && c.country !== 'ID' && c.key.startsWith('country:')) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
  return best;
}

function placeInside(places: Candidate[], members: Candidate[]): Candidate | undefined {
  for (const m of members) {
    // Places are sorted by start: find the first at or after the member's start.
    let lo = 0;
    let hi = places.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid]!.start < m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < places.length && places[k]!.start < m.end; k++) if (places[k]!.end <= m.end) return places[k];
  }
  return undefined;
}

export interface BuiltActors {
  actors: Actor[];
  mentions: Mention[];
}

export function buildActors(ctx: ScanContext, union: KeyUnion, language = 'id'): BuiltActors {
  const english = language.toLowerCase().startsWith('en');
  const { text, sentences } = ctx;
  const groups = new Map<string, Candidate[]>();
  for (const c of ctx.candidates) {
    if (c.dead) continue;
    const root = union.find(c.key);
    const g = groups.get(root) ?? [];
    g.push(c);
    groups.set(root, g);
  }
  const ordered = [...groups.values()].map((g) => g.sort((a, b) => a.start - b.start)).sort((a, b) => a[0]!.start - b[0]!.start);
  const idOf = new Map<Candidate, string>();
  ordered.forEach((g, n) => g.forEach((c) => idOf.set(c, `actor-${n + 1}`)));
  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  const countryPlaces = ctx.candidates.filter((c) => c.kind === 'place' && c.country).sort((a, b) => a.start - b.start);
  const defined = new Map<string, string>();
  for (const d of ctx.acronyms) if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(d.long) || d.long.includes(' ')) defined.set(d.short, d.long);
  for (const [n, group] of ordered.entries()) {
    const id = `actor-${n + 1}`;
    const kinds = group.map((c) => c.kind);
    const kind = kinds.includes('person') ? 'person' : kinds.includes('organization') ? 'organization' : 'place';
    const members = group.filter((c) => c.kind === kind);
    let name = pickName(kind, members, text, english);
    // Public bodies are named with their province in full ("Disdag Jateng" -> "... Jawa Tengah"); companies keep their names.
    const cat = members.find((c) => c.category)?.category;
    if (kind === 'organization' && cat !== 'company' && cat !== 'state_company') name = expandCountries(expandRole(name, new Map()));
    const aliases = new Set<string>();
    for (const c of group) {
      for (const s of [clean(text.slice(c.start, c.end)), c.canonical ? clean(c.canonical) : '']) {
        if (!s) continue;
        aliases.add(s);
        // "Kamar Dagang Indonesia (Kadin) Jawa Timur" also stands for "Kadin Jawa Timur" and the name without "(Kadin)".
        const p = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(s);
        if (p && p[3] && !/^persero$/i.test(p[2]!)) {
          aliases.add(clean(`${p[1]} ${p[3]}`));
          aliases.add(clean(`${p[2]} ${p[3]}`));
        }
      }
    }
    // "PT Telkom Indonesia (Persero) Tbk" is also written without its legal form.
    for (const a of [name, ...aliases]) {
      const bare = a.replace(/(?:\s*\((?:Persero|persero)\))?(?:,?\s+Tbk\.?)?$/, '').trim();
      if (bare !== a && bare.split(' ').length >= 2) aliases.add(bare);
    }
    aliases.delete(name);
    const actor: Actor = { id, kind, name, aliases: [...aliases], confidence: 0, evidence: [] };
    if (kind === 'person') {
      const role = pickRole(members, text);
      if (role) {
        actor.role = homePresident(ofCountry(expandRole(role.role, defined)), english);
        // The organization or place named in the title is who the person speaks for.
        const inside = ctx.candidates.filter((c) => !c.dead && c.kind !== 'person' && c.start >= role.start && c.end <= role.end);
        const aff = inside.find((c) => c.kind === 'organization') ?? inside[0];
        if (aff) actor.affiliation = idOf.get(aff) ?? idOf.get(ctx.candidates.find((x) => union.find(x.key) === union.find(aff.key))!);
      }
    }
    if (kind === 'organization') {
      // Where an organization belongs, from the place in its name: the province's ISO 3166-2
      // code when there is one ("Pemprov Jatim" -> ID-JI), else the country ("Kedubes Belanda" -> NL).
      const own = members.find((c) => c.country) ?? placeInside(countryPlaces, members);
      if (own?.subdivision) actor.subdivision = own.subdivision;
      if (own?.country) actor.country = own.subdivision ?? own.country;
    }
    const country = members.find((c) => c.country)?.country ?? (kind === 'place' && members.some((c) => c.source === 'region:province') ? inferCountry(ctx, members) : undefined);
    if (country && kind === 'place') actor.country = country;
    const subdivision = members.find((c) => c.subdivision)?.subdivision;
    if (subdivision && kind === 'place') actor.subdivision = subdivision;
    const category = members.find((c) => c.category && c.source.startsWith('gazetteer'))?.category ?? members.find((c) => c.category)?.category;
    if (category && kind === 'organization') actor.category = category;
    // Evidence: the sentence of the first mention written as the name, else of the first mention.
    const lead = members.find((c) => clean(text.slice(c.start, c.end)) === name) ?? members[0]!;
    actor.evidence = [quoteAround(text, sentences, lead.start, lead.end)];
    const strength = Math.max(...members.map((c) => c.strength));
    actor.confidence = Math.round(Math.min(0.99, strength + 0.02 * (members.length - 1)) * 100) / 100;
    actor.mentionCount = group.length;
    if (kind === 'place') actor.partyScore = partyScore(ctx, members);
    actors.push(actor);
    for (const c of group) mentions.push({ actorId: id, start: c.start, end: c.end, text: text.slice(c.start, c.end) });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { actors, mentions };
}
