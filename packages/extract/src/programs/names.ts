import { findAcronymDefinitions } from '../actors/acronyms.ts';
import { ACRONYM_HEADS, CUE_BEFORE, CUE_QUALIFIERS, DOCUMENT_NAMES, EVENT_NOUNS, GENERIC_NAMES, HEAD_FIRST, HEAD_LAST, HEAD_LAST_PAIRS, NAME_CONNECTORS } from './heads.ts';

/** A program name found in the text, with its span and what else it is called there. */
export interface NameHit {
  name: string;
  start: number;
  end: number;
  acronym?: string;
  aliases: string[];
  kind: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (keys: readonly string[]): string => [...keys].sort((a, b) => b.length - a.length).map((k) => esc(k).replace(/ /g, '\\s+')).join('|');
// Case-insensitive words inside an otherwise case-sensitive pattern (names must stay capitalized).
const ciWord = (w: string): string => [...w].map((c) => (/\p{Ll}/u.test(c) ? `[${c}${c.toUpperCase()}]` : esc(c))).join('');
const altCi = (keys: readonly string[]): string => [...keys].sort((a, b) => b.length - a.length).map((k) => k.split(' ').map(ciWord).join('\\s+')).join('|');

// A capitalized word: "Pendanaan", "UMK", "500.000", "2016-2020", "Khanh", "IA-CEPA", "se-Borneo", "Blibli.com".
const CAP = `(?:[\\p{Lu}\\d][\\p{L}\\d'’.&/-]*[\\p{L}\\d]|[\\p{Lu}\\d]|se-[\\p{Lu}][\\p{L}-]*|&)`;
const JOIN = `(?:\\s+(?:${alt(NAME_CONNECTORS)}))*`;
const RUN = `${CAP}(?:${JOIN}\\s+${CAP}){0,10}`;
const NOT_WORD = '(?<![\\p{L}\\p{N}])';

const HEAD_FIRST_RE = new RegExp(`${NOT_WORD}((?:${altCi(Object.keys(HEAD_FIRST))}))(?=\\s)`, 'gu');
const TITLE_RUN_RE = new RegExp(`${NOT_WORD}(?:The\\s+)?${RUN}`, 'gu');
const CUE_RE = new RegExp(`${NOT_WORD}(${altCi(Object.keys(CUE_BEFORE))})(?:\\s+(?:${alt(CUE_QUALIFIERS)}))?\\s+(?:"([^"\\n]{4,120})"|“([^”\\n]{4,120})”|(${RUN}))`, 'gu');
const GLOSS_RE = /(?<![\p{L}])(?:pengembangan|program|skema)\s+([\p{L}]+\s[\p{Ll}][\p{Ll} ]{2,40}?)\s+\(([\p{Lu}][\p{L}]+(?:\s+(?:for|of|and|[\p{Lu}][\p{L}]+)){1,5})\)/gu;
const MISSION_RE = /(?<![\p{L}])(?:[mM]isi [dD]agang|[tT]rade [mM]ission)(?:\s+(?:ke|to)\s+([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,3}))?/gu;
const APPOSITION_RE = new RegExp(`(?<=\\s)(${RUN}),\\s+(?:program|skema|gerakan|sebuah program|a program|an initiative|platform|portal|aplikasi|an? (?:online |digital )?platform)\\s`, 'gu');
// One word in two capitalized parts names a product or platform ("MicroMentor", "Batikmark" does not).
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
const CUED_BEFORE = new RegExp(`(?:${alt(Object.keys(CUE_BEFORE))}|kebijakan|policy|melakukan|menyalurkan|meluncurkan)(?:\\s+[\\p{L}]+)?\\s*$`, 'u');
const TRAILING_CONNECTOR = new RegExp(`(?:\\s+(?:${alt(NAME_CONNECTORS)}))+$`, 'iu');
const GENERIC = new Set(GENERIC_NAMES);
const TITLE_CUES = /^(?:bertajuk|bertema|berjudul|titled|themed)$/iu;
// The noun a title cue names (one qualifier may follow it: "konferensi video bertajuk ...").
const EVENT_BEFORE_TITLE = new RegExp(`(?<![\\p{L}])(?:${EVENT_NOUNS.join('|')})(?:\\s+\\p{L}+)?\\s+$`, 'iu');
// A campaign hashtag joins two or more capitalized words ("#TerusUsaha", "#BanggaBuatanIndonesia").
const HASHTAG_RE = /(?<![\p{L}\p{N}#])#(?:\p{Lu}[\p{Ll}\d]+){2,}(?![\p{L}\p{N}])/gu;

function headLastKind(name: string): string | undefined {
  const words = name.split(/\s+/).map((w) => w.toLowerCase());
  const pair = HEAD_LAST_PAIRS[words.slice(-2).join(' ')];
  if (pair) return pair;
  // The head may be followed by a year ("Academy 2021") or a "to X" complement ("Mission to North Sumatera").
  for (let i = words.length - 1; i >= 1; i--) {
    const kind = HEAD_LAST[words[i] ?? ''];
    if (kind) return kind;
    if (!/^[\d-]+$/.test(words[i] ?? '') && !['to', 'north', 'south', 'east', 'west'].includes(words[i] ?? '') && i < words.length - 3) break;
  }
  return undefined;
}

function isGeneric(name: string): boolean {
  const words = name.replace(/-(?:nya|ku|mu)$/u, '').split(/\s+/).filter((w) => !NAME_CONNECTORS.includes(w.toLowerCase()));
  return words.length === 0 || words.every((w) => GENERIC.has(w.toLowerCase()) || /^[\d.,-]+$/.test(w));
}

function trimName(text: string, start: number, end: number): [number, number] {
  const raw = text.slice(start, end);
  const cut = TRAILING_CONNECTOR.exec(raw);
  return [start, cut ? start + cut.index : end];
}

/** "Name (ACR)" or "Name (English gloss)" right after a name. */
function followingParen(text: string, end: number): { acronym?: string; alias?: string; end: number } {
  const m = /^\s*\(([^()\n]{2,60})\)/.exec(text.slice(end, end + 64));
  if (!m || !m[1]) return { end };
  const inner = m[1].trim();
  if (/^[\p{Lu}][\p{Lu}\d&-]{1,11}$/u.test(inner) || /^[\p{Lu}][\p{L}]*[\p{Lu}][\p{L}\d]*$/u.test(inner)) return { acronym: inner, end: end + m[0].length };
  if (/^[\p{Lu}]/u.test(inner) && inner.split(/\s+/).length >= 2) return { alias: inner, end: end + m[0].length };
  return { end };
}

function hit(text: string, start: number, end: number, kind: string): NameHit | undefined {
  const [s, e] = trimName(text, start, end);
  const name = text.slice(s, e).trim();
  if (name.length < 3 || isGeneric(name) || DOCUMENT_NAMES.test(name)) return undefined;
  const paren = followingParen(text, e);
  return { name, start: s, end: e, kind, aliases: paren.alias ? [paren.alias] : [], ...(paren.acronym ? { acronym: paren.acronym } : {}) };
}

/** Every program-like name in the text, possibly overlapping; the caller filters and merges. */
export function findNameHits(text: string): NameHit[] {
  const out: NameHit[] = [];
  const push = (h: NameHit | undefined): void => {
    if (h) out.push(h);
  };
  // Indonesian head first: "Forum UMKM se-Borneo", "Festival Remo & Yosakoi 2023".
  for (const m of text.matchAll(HEAD_FIRST_RE)) {
    if (!/^\p{Lu}/u.test(m[1] ?? '')) continue;
    const after = m.index + m[0].length;
    const kind = HEAD_FIRST[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'scheme';
    // "Kawasan Ekonomi Khusus (KEK) Kendal": the acronym of the head sits before the rest of the name.
    const split = new RegExp(`^\\s+\\(([\\p{Lu}]{2,8})\\)\\s+(${RUN})`, 'u').exec(text.slice(after));
    if (split?.[1] && split[2]) {
      const restHit = hit(text, after + split[0].length - split[2].length, after + split[0].length, kind);
      if (restHit) {
        const head = text.slice(m.index, after);
        out.push({ ...restHit, name: `${head} ${restHit.name}`, start: m.index, aliases: [`${split[1]} ${restHit.name}`], acronym: `${split[1]} ${restHit.name}` });
      }
      continue;
    }
    const rest = new RegExp(`^\\s+${RUN}`, 'u').exec(text.slice(after));
    if (!rest) continue;
    push(hit(text, m.index, after + rest[0].length, kind));
  }
  // English Title-Case names closed by a head: "Surabaya Cross Culture International Folk Art Festival".
  for (const m of text.matchAll(TITLE_RUN_RE)) {
    // "the Borneo Vision 2030 and the Zero Carbon City plan": "and the" starts another name.
    let from = 0;
    for (const piece of m[0].split(/(\s+(?:and|dan) the\s+)/u)) {
      const at = m.index + from;
      from += piece.length;
      if (/^\s/u.test(piece)) continue;
      const kind = headLastKind(piece);
      if (kind && piece.split(/\s+/).length >= 2) push(hit(text, at, at + piece.length, kind));
    }
  }
  // A cue, then a capitalized or quoted name: "program 500.000 Eksportir Baru", "bertajuk \"The Project ...\"".
  for (const m of text.matchAll(CUE_RE)) {
    // A capitalized cue inside a sentence is part of another name ("Pengembangan Akses Industri").
    if (/^\p{Lu}/u.test(m[1] ?? '') && !/(?:^|[.!?"“]\s*|\n)$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const quoted = m[2] ?? m[3];
    const body = quoted ?? m[4] ?? '';
    const at = m.index + m[0].length - body.length - (quoted ? 1 : 0);
    const h = hit(text, at, at + body.length, CUE_BEFORE[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'scheme');
    if (h && !quoted && h.name.split(/\s+/).length === 1 && !h.acronym && !/-/.test(h.name) && !CAMEL.test(h.name)) continue;
    // "konferensi video bertajuk X" names an event; "materi bertajuk X", "upacara bertema X" a talk or a theme.
    if (h && TITLE_CUES.test(m[1] ?? '') && !EVENT_BEFORE_TITLE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "kerja sama Selatan-Selatan" names a framework; "kerja sama Pembangunan Daerah" is a topic.
    if (h && h.kind === 'framework' && !/\p{L}-\p{Lu}/u.test(h.name)) continue;
    if (h) h.aliases.push(text.slice(m.index, h.end));
    push(h);
  }
  // "Minyak Makan Merah, program hilirisasi sawit": a name in apposition to a cue.
  for (const m of text.matchAll(APPOSITION_RE)) {
    const name = m[1] ?? '';
    if (name.split(/\s+/).length >= 2 || CAMEL.test(name)) push(hit(text, m.index, m.index + name.length, 'scheme'));
  }
  // "pengembangan UKM berpertumbuhan tinggi (High Growth SMEs)": the gloss names it.
  for (const m of text.matchAll(GLOSS_RE)) {
    const gloss = m[2] ?? '';
    const at = m.index + m[0].lastIndexOf(gloss);
    out.push({ name: gloss, start: at, end: at + gloss.length, kind: 'scheme', aliases: [m[1] ?? ''] });
  }
  // Campaign hashtags: "#TerusUsaha".
  for (const m of text.matchAll(HASHTAG_RE)) out.push({ name: m[0], start: m.index, end: m.index + m[0].length, kind: 'campaign', aliases: [m[0].slice(1)] });
  // "misi dagang ke Provinsi Aceh".
  for (const m of text.matchAll(MISSION_RE)) push(hit(text, m.index, m.index + m[0].length, 'mission'));
  // Acronyms defined in the text: "Training of Trainers (TOT)", "OVOP (One Village One Product)".
  for (const d of findAcronymDefinitions(text)) {
    const first = d.long.split(/\s+/)[0]?.toLowerCase() ?? '';
    const kind = headLastKind(d.long) ?? HEAD_FIRST[first] ?? ACRONYM_HEADS[first];
    const before = text.slice(Math.max(0, Math.min(d.longStart, d.shortStart) - 30), Math.min(d.longStart, d.shortStart)).toLowerCase();
    const cued = CUED_BEFORE.test(before);
    if (!kind && !cued) continue;
    if (d.long.split(/\s+/).length < 2 || DOCUMENT_NAMES.test(d.long)) continue;
    out.push({ name: d.long, start: d.longStart, end: d.longEnd, acronym: d.short, aliases: [], kind: kind ?? 'scheme' });
  }
  return out;
}
