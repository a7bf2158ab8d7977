/**
 * People introduced by a description rather than an office: "Yanto, salah satu pedagang di
 * Pasar Pucang", "pensyarah Nurena Abdullah", "M. Amin sebagai bakal calon wakil bupati",
 * "Nagamine Makoto, parliamentary vice-minister at ...".
 */
import { isNameWord, tokenGap, tokenIndexAt, type ScanContext } from './context.ts';
import { HONORIFIC_SET, LOWER_TITLES, PARTICLES, TITLE_HEADS, isRoleWord } from './lexicon.ts';
import { addPerson, inCredit, readName, readTitle, skipHonorifics } from './persons.ts';

const FILLERS = new Set(['salah', 'satu', 'seorang', 'sang', 'a', 'an', 'the', 'selaku', 'yakni', 'yaitu', 'juga']);

/** The name that ends at token e: name words, initials "M." and particles, at most five. */
function nameEndingAt(ctx: ScanContext, e: number): number {
  const { tokens } = ctx;
  let s = e;
  const ok = (k: number): boolean => isNameWord(ctx, k) || /^\p{Lu}$/u.test(tokens[k]!.text) || PARTICLES.has(tokens[k]!.text);
  if (!isNameWord(ctx, e)) return -1;
  while (s - 1 >= 0 && e - s < 4 && /^\.? $/.test(tokenGap(ctx, s - 1)) && ok(s - 1) && ctx.owner[s - 1] === -1) s--;
  while (s < e && PARTICLES.has(tokens[s]!.text)) s++;
  return s;
}

/** End of a description: the next comma, full stop or quote. */
function descriptionEnd(ctx: ScanContext, from: number): number {
  const rest = ctx.text.slice(from, from + 120);
  // A description is a noun phrase: it ends at punctuation, a relative word or a verb (me-/ber-/ter-/di- words).
  const m = /[,;."“”]|\n| (?:yang|dan|juga|pun|itu|hadir|datang|tiba|said|says|told|to|who|was|is|(?:me|ber|ter|di)[a-z]{4,})\b/.exec(rest);
  return from + (m ? m.index : rest.length);
}

export function findDescribedPersons(ctx: ScanContext, placeWords: Set<string>): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "pensyarah Nurena Abdullah", "politikus Partai Kebangkitan Bangsa (PKB) Sukirman".
    const low = !t.cap ? (LOWER_TITLES.match(tokens, i, text) ?? TITLE_HEADS.match(tokens, i, text)) : undefined;
    if (low && /^ $/.test(tokenGap(ctx, low.last))) {
      const roleLast = readTitle(ctx, low.last, placeWords);
      if (/^\)? $/.test(tokenGap(ctx, roleLast))) {
        const k = skipHonorifics(ctx, roleLast + 1);
        const last = readName(ctx, k);
        const names = last - k + 1;
        let placey = false;
        for (let x = k; x <= last; x++) if (placeWords.has(tokens[x]!.lower)) placey = true;
        const closed = /^[,.;]/.test(tokenGap(ctx, last)) || !tokens[last + 1]?.cap;
        // One-word names only after a plain description ("pensyarah Nurena", not "perwakilan Shopee").
        const plain = !!LOWER_TITLES.match(tokens, i, text);
        const via = text.slice(t.start, tokens[roleLast]!.end);
        // "bek Persebaya, Arif Satria": one word before a full name after a comma is the team, not the person.
        const teamFirst = names === 1 && tokenGap(ctx, last) === ', ' && readName(ctx, last + 1) > last + 1;
        // "Krakatau Steel director Dainulhay,": an English lower-case title after its body takes a one-word name.
        const ofBody = i > 0 && tokenGap(ctx, i - 1) === ' ' && ctx.owner[i - 1] !== -1 && ctx.candidates[ctx.owner[i - 1]!]!.kind === 'organization';
        const oneWordOk = closed && (plain || (ofBody && /^[,.;]/.test(tokenGap(ctx, last)))) && !teamFirst;
        if (teamFirst && !placey && !inCredit(ctx, k)) {
          // The person is the full name after the comma; the team belongs to the description.
          const k2 = last + 1;
          const last2 = readName(ctx, k2);
          const after = tokenGap(ctx, last2);
          if (ctx.owner[k2] === -1 && (/^[,.;]/.test(after) || (after === ' ' && !tokens[last2 + 1]?.cap))) {
            addPerson(ctx, k2, last2, [i, tokens[last]!.end], 0.75, 'description');
            i = last2;
            continue;
          }
        }
        if (names >= 1 && (names >= 2 || oneWordOk) && !placey && !/ di /.test(via) && !inCredit(ctx, k)) {
          // "Kadin chairman Arsjad Rasjid": the organization before the description is part of the title.
          let rs = i;
          const before = i > 0 ? ctx.owner[i - 1]! : -1;
          if (before !== -1 && tokenGap(ctx, i - 1) === ' ' && ctx.candidates[before]!.kind !== 'person') rs = tokenIndexAt(ctx, ctx.candidates[before]!.start);
          addPerson(ctx, k, last, [rs, tokens[roleLast]!.end + (text[tokens[roleLast]!.end] === ')' ? 1 : 0)], 0.75, 'description');
          i = last;
          continue;
        }
      }
    }
    // "Yanto, salah satu pedagang ...", "M. Amin sebagai bakal calon ...": a description after the name.
    const g = tokenGap(ctx, i);
    const sebagai = (tokens[i + 1]?.lower === 'sebagai' || tokens[i + 1]?.lower === 'selaku') && g === ' ';
    if (!(g === ', ' || sebagai) || ctx.owner[i] !== -1) continue;
    let k = sebagai ? i + 2 : i + 1;
    // Skip fillers, possessors and adjectives: "the coordinating minister", "Japan's prime minister".
    let roleStart = -1;
    while (k < tokens.length && k - i < 6 && (FILLERS.has(tokens[k]!.lower) || tokens[k]!.text === 's' || (ctx.owner[k] !== -1 && ctx.candidates[ctx.owner[k]!]!.kind !== 'person') || (!tokens[k]!.cap && isRoleWord(tokens[k]!.lower) && !TITLE_HEADS.match(tokens, k, text)))) {
      if (roleStart < 0 && !FILLERS.has(tokens[k]!.lower)) roleStart = k;
      k++;
    }
    // After a comma only lower-case descriptions ("Yanto, pedagang ..."); after "selaku" any title.
    const head = LOWER_TITLES.match(tokens, k, text) ?? (tokens[k] && (!tokens[k]!.cap || sebagai) ? TITLE_HEADS.match(tokens, k, text) : undefined);
    if (!head) continue;
    let s = nameEndingAt(ctx, i);
    if (s < 0 || inCredit(ctx, s)) continue;
    // "Mr. Kishida": the honorific is not part of the name.
    for (let h = HONORIFIC_SET.match(tokens, s, text); h && h.last < i; h = HONORIFIC_SET.match(tokens, s, text)) s = h.last + 1;
    // "Menurut Ijeck, utusan Belanda ...": the comma ends an attribution, not a name.
    if (s > 0 && /^(menurut|kata|ujar|according)$/.test(tokens[s - 1]!.lower)) continue;
    let free = true;
    for (let x = s; x <= i; x++) if (ctx.owner[x] !== -1 || placeWords.has(tokens[x]!.lower)) free = false;
    // One-word names only where the description makes them people ("Yanto, salah satu pedagang").
    if (!free || (s === i && tokens[i]!.text.length < 3)) continue;
    // A capitalized title is read as a title; a description runs to the next comma.
    const end = tokens[k]!.cap ? tokens[readTitle(ctx, head.last, placeWords)]!.end : descriptionEnd(ctx, tokens[head.last]!.end);
    addPerson(ctx, s, i, [roleStart >= 0 ? roleStart : k, end], 0.7, tokens[k]!.cap ? 'title-after' : 'described');
  }
}

// "Arsjad Rasjid, who chairs ...", "Yana Mulyana, yang saat itu masih menjabat ...": only people take these clauses.
const PERSON_CLAUSE = /^, (?:who |yang (?:(?:saat itu|saat ini|kala itu|kini|sekarang|ketika itu|juga|masih|pernah) )*(?:menjabat|memimpin|mengetuai|merupakan (?:ketua|kepala|direktur|menteri|pendiri))\b)/u;

/** Two to four name words closed by a clause that only a person takes. */
export function findPersonsBeforeClauses(ctx: ScanContext, placeWords: Set<string>): void {
  const { tokens, text } = ctx;
  for (let e = 1; e < tokens.length; e++) {
    if (tokenGap(ctx, e) !== ', ' || !PERSON_CLAUSE.test(text.slice(tokens[e]!.end, tokens[e]!.end + 80))) continue;
    const s = nameEndingAt(ctx, e);
    if (s < 0 || s === e || inCredit(ctx, s)) continue;
    let free = true;
    for (let x = s; x <= e; x++) if (ctx.owner[x] !== -1 || placeWords.has(tokens[x]!.lower) || tokens[x]!.upper) free = false;
    if (!free) continue;
    // "who chairs ASEAN-BAC this year and also leads ...": the office held, up to the clause's end.
    const at = tokens[e]!.end + 6;
    const held = /^(?:chairs|heads|leads|directs|runs|manages|founded|co-founded|represents)\b[^,.;:]*/u.exec(text.slice(at, at + 160));
    const role: [number, number] | undefined = held ? [tokenIndexAt(ctx, at), at + held[0].trimEnd().length] : undefined;
    addPerson(ctx, s, e, role, 0.7, 'clause');
  }
}

const OFFICE_AFTER = /^,? (?:yang )?(?:saat ini |saat itu |kala itu |ketika itu |kini |juga |sekarang |masih |pernah )*(?:menjabat(?: sebagai)?|selaku|sebagai|who is|the) (?=\p{Lu})/u;

/**
 * "Sukirman, yang saat ini menjabat Sekretaris DPW PKB Jawa Tengah": an office written after
 * the name. It is the person's title, ahead of a description such as "politikus".
 */
export function findOfficesAfterNames(ctx: ScanContext, placeWords: Set<string>): void {
  const { tokens, text } = ctx;
  for (const c of ctx.candidates) {
    if (c.kind !== 'person' || c.dead || (c.role && c.source.startsWith('title'))) continue;
    const m = OFFICE_AFTER.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const at = c.end + m[0].length;
    const i0 = tokenIndexAt(ctx, at);
    const i = i0 >= 0 && tokens[i0]!.start === at ? i0 : -1;
    const h = i >= 0 ? TITLE_HEADS.match(tokens, i, text) : undefined;
    if (!h) continue;
    const last = readTitle(ctx, h.last, placeWords);
    c.role = { start: at, end: tokens[last]!.end };
    c.officeAfter = true;
  }
}
