/**
 * English organization names closed by a tail word ("Davao City Chamber of Commerce and
 * Industry Inc.", "Halal Business Council", "Mindanao Agriplus Corp.") and city governments
 * ("the Gamagori city government").
 */
import { addCandidate, orgKey, tokenGap, type ScanContext } from './context.ts';
import { isSentenceStart } from './tokens.ts';
import { ORG_TAILS } from '../data/org-patterns.ts';

const TAILS = new Set(ORG_TAILS.map((t) => t.toLowerCase()));
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'on']);
const LEADING = new Set(['the', 'a', 'an', 'among', 'with', 'by', 'and', 'from', 'to', 'in', 'at', 'for', 'of', 'on', 'as']);
const COMPANY = new Set(['corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'gmbh', 'bhd', 'company', 'lines', 'logistics', 'holdings', 'industries', 'airlines', 'enterprises', 'group']);

export function findEnglishOrgs(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap || ctx.owner[i] !== -1) continue;
    // The run of capitalized words (with inner connectors) that starts here.
    let j = i;
    let lastTail = -1;
    while (j < tokens.length) {
      if (TAILS.has(tokens[j]!.lower) && j > i) lastTail = j;
      const g = tokenGap(ctx, j);
      const n = tokens[j + 1];
      if (!n || ctx.owner[j + 1] !== -1 || n.sentence !== tokens[i]!.sentence) break;
      if ((g === ' ' || g === '-' || g === ' & ') && n.cap) j++;
      else if (g === ' ' && CONNECTORS.has(n.lower) && tokens[j + 2]?.cap && tokenGap(ctx, j + 1) === ' ' && ctx.owner[j + 2] === -1) j += 2;
      else break;
    }
    if (lastTail < 0) {
      // "the Gamagori city government".
      const rest = text.slice(tokens[j]!.end, tokens[j]!.end + 40);
      const m = /^ (city|municipal|provincial|prefectural|state|regional) government\b/.exec(rest);
      if (m && j - i < 3 && !isSentenceStart(tokens, i)) {
        const end = tokens[j]!.end + m[0].length;
        const name = text.slice(tokens[i]!.start, end);
        let last = j;
        while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
        addCandidate(ctx, { kind: 'organization', start: tokens[i]!.start, end, canonical: name, key: orgKey(name), category: 'local_government', strength: 0.7, source: 'english-gov' }, i, last);
        i = last;
      } else i = j;
      continue;
    }
    let s = i;
    // "Australia-Indonesia Business Council": places written before the name belong to it.
    while (s > 0 && /^[ -]$/.test(tokenGap(ctx, s - 1)) && ctx.owner[s - 1] !== -1 && ctx.candidates[ctx.owner[s - 1]!]!.kind === 'place' && tokens[s - 1]!.sentence === tokens[i]!.sentence) {
      const c = ctx.candidates[ctx.owner[s - 1]!]!;
      c.dead = true;
      let k = s - 1;
      while (k >= 0 && ctx.owner[k] === ctx.owner[s - 1]) ctx.owner[k--] = -1;
      s = k + 1;
    }
    while (s < lastTail && (LEADING.has(tokens[s]!.lower) || (isSentenceStart(tokens, s) && tokens[s]!.lower === 'the'))) s++;
    if (lastTail - s < 1) {
      i = j;
      continue;
    }
    let end = tokens[lastTail]!.end;
    if (text[end] === '.' && /^(corp|inc|ltd|co)$/.test(tokens[lastTail]!.lower)) end++;
    const name = text.slice(tokens[s]!.start, end);
    const category = COMPANY.has(tokens[lastTail]!.lower) ? 'company' : tokens[lastTail]!.lower === 'cooperative' ? 'company' : 'other';
    addCandidate(ctx, { kind: 'organization', start: tokens[s]!.start, end, canonical: name, key: orgKey(name.replace(/\.$/, '')), category, strength: 0.7, source: 'english-tail' }, s, lastTail);
    i = lastTail;
  }
}
