import { SECTORS } from '../data/sectors.ts';

function termSource(term: string): string {
  const open = term.endsWith('*');
  const body = (open ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\s-]+/g, '[\\s-]+');
  return open ? `${body}[\\p{L}-]*` : body;
}

// One sticky regex per sector, tried only where some term starts; one regex of every term finds those places.
const BOUNDED = (source: string): string => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
const COMPILED = SECTORS.map((s) => ({ id: s.id, re: new RegExp(BOUNDED(s.terms.map(termSource).join('|')), 'iuy') }));
const ANY = new RegExp(BOUNDED(SECTORS.flatMap((s) => s.terms.map(termSource)).join('|')), 'giu');

/** Sector ids named in a piece of text, in vocabulary order. */
export function findSectors(text: string): string[] {
  const found = new Set<string>();
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m; m = ANY.exec(text)) {
    for (const s of COMPILED) {
      if (found.has(s.id)) continue;
      s.re.lastIndex = m.index;
      if (s.re.test(text)) found.add(s.id);
    }
    // Terms of other sectors may start inside this match ("ekonomi kreatif" and "kreatif").
    ANY.lastIndex = m.index + 1;
  }
  return COMPILED.filter((s) => found.has(s.id)).map((s) => s.id);
}
