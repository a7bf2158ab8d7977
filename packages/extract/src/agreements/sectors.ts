import { SECTORS } from '../data/sectors.ts';

function termSource(term: string): string {
  const open = term.endsWith('*');
  const body = (open ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\s-]+/g, '[\\s-]+');
  return open ? `${body}[\\p{L}-]*` : body;
}

// One regex per sector, compiled once; word boundaries by look-around since \b is ASCII-only.
const COMPILED = SECTORS.map((s) => ({
  id: s.id,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${s.terms.map(termSource).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
}));

/** Sector ids named in a piece of text, in vocabulary order. */
export function findSectors(text: string): string[] {
  return COMPILED.filter((s) => s.re.test(text)).map((s) => s.id);
}
