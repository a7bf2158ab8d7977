/** Evidence quotes: the sentence (or a clause of a long one) holding a mention. */
import type { Evidence } from '@coopnews/schema';
import type { Sentence } from './tokens.ts';
import { sentenceAt } from './party.ts';

const MAX_QUOTE = 320;

export function quoteAround(text: string, sentences: Sentence[], start: number, end: number): Evidence {
  const s = sentenceAt(sentences, start) ?? { start, end };
  let qs = s.start;
  let qe = Math.max(s.end, end);
  if (qe - qs > MAX_QUOTE) {
    // Cut a long sentence at clause boundaries around the mention.
    const before = text.lastIndexOf(', ', start);
    const after = text.indexOf(', ', end);
    if (before > qs && start - before < MAX_QUOTE / 2) qs = before + 2;
    if (after > 0 && after < qe && after - end < MAX_QUOTE / 2) qe = after;
    if (qe - qs > MAX_QUOTE) {
      qs = Math.max(qs, start - MAX_QUOTE / 2);
      qe = Math.min(qe, Math.max(end, qs + MAX_QUOTE));
    }
  }
  while (qs < start && /\s/.test(text[qs]!)) qs++;
  while (qe > end && /\s/.test(text[qe - 1]!)) qe--;
  return { quote: text.slice(qs, qe), start: qs, end: qe };
}
