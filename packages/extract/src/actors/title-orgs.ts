/** Organizations named only inside a person's title ("... Shopee Indonesia Radityo Triatmojo"). */
import { addCandidate, isCommonWord, orgKey, tokenGap, tokenIndexAt, type ScanContext } from './context.ts';
import { NAME_CONNECTORS, TITLE_HEADS } from './lexicon.ts';
import { ownedNonPerson } from './persons.ts';

/**
 * Unknown names inside a title are organizations: "Head of Public Policy Shopee Indonesia",
 * "Direktur Utama Pertamina". Words naming places are left to the place rules.
 */
export function findOrgsInTitles(ctx: ScanContext, placeWords: Set<string>): void {
  const { tokens, text } = ctx;
  const persons = ctx.candidates.filter((c) => c.kind === 'person' && c.role && c.source.startsWith('title'));
  for (const p of persons) {
    const first = tokenIndexAt(ctx, p.role!.start);
    let k = first + 1;
    while (k < tokens.length && tokens[k]!.end <= p.role!.end) {
      const unknown = (x: number): boolean => {
        const t = tokens[x]!;
        return t.cap && t.end <= p.role!.end && ctx.owner[x] === -1 && !isCommonWord(ctx, x) && !placeWords.has(t.lower) && !TITLE_HEADS.match(tokens, x, text) && !/^\d/.test(t.text);
      };
      if (!unknown(k) || tokenGap(ctx, k - 1) !== ' ') {
        k++;
        continue;
      }
      let last = k;
      while (last + 1 < tokens.length && tokenGap(ctx, last) === ' ' && (unknown(last + 1) || (ownedNonPerson(ctx, last + 1) && ctx.candidates[ctx.owner[last + 1]!]!.kind === 'place' && tokens[last + 1]!.end <= p.role!.end))) last++;
      // One unknown word amid an office's words ("Direktur SNSU Termoelektrik dan Kimia") is part
      // of the office; a body is named at the title's end or before a place ("Direktur Utama Pertamina").
      const follows = tokens[last + 1];
      const atEnd = !follows || follows.start >= p.role!.end || tokenGap(ctx, last) !== ' ' || ownedNonPerson(ctx, last + 1);
      const nearConnector = NAME_CONNECTORS.has(tokens[k - 1]?.lower ?? '') || NAME_CONNECTORS.has(follows?.lower ?? '');
      // "Atase Agama Kedutaan Besar Malaysia": one word between the head and a body is the office's portfolio.
      const portfolio = last === k && !!follows && ctx.owner[last + 1] !== -1 && ctx.candidates[ctx.owner[last + 1]!]!.kind === 'organization';
      if (portfolio || (last === k && (!atEnd || nearConnector))) {
        k = last + 1;
        continue;
      }
      const surface = text.slice(tokens[k]!.start, tokens[last]!.end);
      for (let x = k; x <= last; x++) {
        const o = ctx.owner[x]!;
        if (o !== -1) ctx.candidates[o]!.dead = true;
        ctx.owner[x] = -1;
      }
      addCandidate(ctx, { kind: 'organization', start: tokens[k]!.start, end: tokens[last]!.end, canonical: surface, key: orgKey(surface), category: 'other', strength: 0.6, source: 'title-org' }, k, last);
      k = last + 1;
    }
  }
}
