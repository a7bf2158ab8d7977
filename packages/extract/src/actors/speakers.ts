/** Speakers of quotes: "kata Ganjar", "ujar Gubernur Khofifah", "Teten mengatakan", "said Teten". */
import { isNameWord, tokenGap, type ScanContext } from './context.ts';
import { lookupAny, lookupCity } from './gazetteer.ts';
import { isSentenceStart } from './tokens.ts';
import { SPEECH_AFTER, SPEECH_BEFORE } from './lexicon.ts';
import { addPerson, inCredit, readName, skipHonorifics } from './persons.ts';

const MAX_NAME = 5;
const ADVERBS = new Set(['juga', 'pun', 'sendiri', 'itu', 'lalu', 'kemudian', 'selanjutnya', 'also', 'then', 'further', 'kembali', 'bahkan', 'pula', 'sempat']);

// An Indonesian active verb: me-/mem-/men-/meng-/meny- and a stem ("menambah", "memperkecil").
const ACTIVE_VERB = /^me(?:m|n|ng|ny)?\p{Ll}{3,}$/u;

/**
 * "Samsul Arif menambah gol ketiga", "Makan Konate memperkecil jarak": a sentence opened by two
 * or three name words and an active verb names a person, though no title is written.
 */
export function findSubjectsOfVerbs(ctx: ScanContext, placeWords: Set<string>): void {
  const { tokens } = ctx;
  for (let s = 0; s + 2 < tokens.length; s++) {
    if (!isSentenceStart(tokens, s) && !/, $/.test(tokenGap(ctx, s - 1))) continue;
    let e = s;
    const nameish = (k: number): boolean => isNameWord(ctx, k) && !tokens[k]!.upper && ctx.owner[k] === -1 && !placeWords.has(tokens[k]!.lower) && !lookupAny(tokens[k]!.text) && !lookupCity(tokens[k]!.text);
    if (!nameish(s)) continue;
    while (e + 1 < tokens.length && e - s < 2 && tokenGap(ctx, e) === ' ' && nameish(e + 1)) e++;
    const verb = tokens[e + 1];
    if (e === s || !verb || tokenGap(ctx, e) !== ' ' || verb.sentence !== tokens[s]!.sentence || !ACTIVE_VERB.test(verb.text) || inCredit(ctx, s)) continue;
    addPerson(ctx, s, e, undefined, 0.6, 'subject');
    s = e;
  }
}

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
