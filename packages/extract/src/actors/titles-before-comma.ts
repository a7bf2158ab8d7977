/**
 * A title, a comma, then the name: "Kuasa Usaha ad interim Kedutaan Besar Australia, Allaster
 * Cox, ...", "Kepala Disperindag Pekanbaru saat itu, Ingot Ahmad Hutasuhut, menyebut ...",
 * "Deputy Secretary for Interior Kementerian Dalam Negeri Thailand, Pornpoth Penpas, yang ...".
 * The title's words are read by shape (capitals, connectors, short forms in parentheses); the
 * name must be closed by punctuation or a lower-case word, as an apposition is.
 */
import { tokenGap, type ScanContext } from './context.ts';
import { NAME_CONNECTORS } from './lexicon.ts';
import { addPerson, isDegree, readName, skipHonorifics, titleHeadAt } from './persons.ts';

const MAX_TITLE = 16;
/** Lower-case words that may sit inside a title: "ad interim", "saat itu" (then), "non-aktif". */
const TITLE_FILLERS = new Set(['ad', 'interim', 'saat', 'kala', 'ketika', 'waktu', 'itu', 'at', 'periode', 'masa', 'bakti', 'terpilih', 'nonaktif', 'definitif', 'pengganti', 'sementara']);
/** "saat itu", "kala itu": when the person held the office, not a part of it. */
const THEN = /\s+(?:(?:saat|kala|ketika|waktu) itu|at the time)$/;

/** The token that closes a title run starting at the head: the one before ", ", or -1. */
function titleRunEnd(ctx: ScanContext, headLast: number): number {
  const { tokens } = ctx;
  const sentence = tokens[headLast]!.sentence;
  for (let j = headLast; j - headLast < MAX_TITLE && j + 1 < tokens.length; j++) {
    const g = tokenGap(ctx, j);
    if (g === ', ') return j;
    const n = tokens[j + 1]!;
    if (n.sentence !== sentence || !/^(?: |-|\/| \(|\) |\)|\(| & )$/.test(g)) return -1;
    const o = ctx.owner[j + 1]!;
    if (o !== -1 && ctx.candidates[o]!.kind === 'person') return -1;
    if (!(n.cap || NAME_CONNECTORS.has(n.lower) || TITLE_FILLERS.has(n.lower))) return -1;
  }
  return -1;
}

export function findTitlesBeforeComma(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const h = titleHeadAt(ctx, i);
    if (!h) continue;
    const e = titleRunEnd(ctx, h.last);
    if (e < 0) continue;
    const k = skipHonorifics(ctx, e + 1);
    const last = readName(ctx, k);
    if (last < k || ctx.owner[k] !== -1) continue;
    // Degrees after the name ("Dr H Firdaus ST MT,") are skipped to see how the name is closed.
    let d = last;
    while (d + 1 < tokens.length && /^[ ,.]+$/.test(tokenGap(ctx, d)) && isDegree(ctx, d + 1)) d++;
    const after = tokenGap(ctx, d);
    const next = tokens[d + 1];
    const closed = !next || /^[.,;]/.test(after) || (after === ' ' && !next.cap);
    // One-word names only when a degree or a comma marks where they end.
    if (!closed || (last === k && d === last && !/^,/.test(after))) continue;
    const roleText = text.slice(tokens[i]!.start, tokens[e]!.end);
    const roleEnd = tokens[e]!.end - (THEN.exec(roleText)?.[0].length ?? 0);
    addPerson(ctx, k, last, [i, roleEnd], 0.8, 'title-comma');
    i = last;
  }
}
