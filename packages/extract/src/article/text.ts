/**
 * Whitespace inside a paragraph collapses to single spaces (NBSP, zero-width and other Unicode
 * spaces included), so the text evidence offsets index into is the same on every run.
 */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

export function normalizeSpace(s: string): string {
  // Invisible characters are rare; testing first spares a copy of every block.
  const visible = HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
  return visible.replace(SPACES, ' ').trim();
}

/** Paragraphs -> article text: "\n\n" between paragraphs, none empty. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map(normalizeSpace)
    .filter((p) => p.length > 0)
    .join('\n\n');
}
