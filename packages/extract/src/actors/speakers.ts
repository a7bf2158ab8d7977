/** Speakers of quotes: "kata Ganjar", "ujar Gubernur Khofifah", "Teten mengatakan", "said Teten". */
import { isNameWord, tokenGap, type ScanContext } from './context.ts';
import { SPEECH_AFTER, SPEECH_BEFORE } from './lexicon.ts';
import { addPerson, inCredit, readName, skipHonorifics } from './persons.ts';

const MAX_NAME = 5;
const ADVERBS = new Set(['juga', 'pun', 'sendiri', 'itu', 'lalu', 'kemudian', 'selanjutnya', 'also', 'then', 'further', 'kembali', 'bahkan', 'pula', 'sempat']);

/** "kata Ganjar", "ujar Gubernur Khofifah", "Teten mengatakan", "said Teten". */
export function findSpeakers(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const v = SPEECH_BEFORE.match(tokens, i, text);
    if (v && /^ $/.test(tokenGap(ctx, v.last))) {
      const k = skipHonorifics(ctx, v.last + 1);
      const last = readName(ctx, k);
      if (last >= k && ctx.owner[k] === -1 && !inCredit(ctx, k)) addPerson(ctx, k, last, undefined, 0.7, 'speech');
      continue;
    }
    if (SPEECH_AFTER.has(tokens[i]!.lower) && i > 0 && tokenGap(ctx, i - 1) === ' ') {
      let e = i - 1;
      while (e > 0 && ADVERBS.has(tokens[e]!.lower) && tokenGap(ctx, e - 1) === ' ') e--;
      if (!isNameWord(ctx, e)) continue;
      let s = e;
      while (s - 1 >= 0 && e - s < MAX_NAME - 1 && isNameWord(ctx, s - 1) && tokenGap(ctx, s - 1) === ' ') s--;
      let free = true;
      for (let k = s; k <= e; k++) if (ctx.owner[k] !== -1) free = false;
      if (e - s >= 1 && free && !inCredit(ctx, s)) addPerson(ctx, s, e, undefined, 0.65, 'speech-after');
    }
  }
}
