const HONORIFICS = new Set(['pak', 'bu', 'bapak', 'ibu', 'dr', 'ir', 'h', 'hj', 'prof', 'drs', 'mr', 'mrs', 'ms', 'sdr', 'saudara', 'the']);

/**
 * The form names are compared in: no accents, no case, no punctuation, no leading honorific.
 * "Dr. H. Ganjar Pranowo" and "ganjar pranowo" give the same key.
 */
export function normalizeKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words.join(' ');
}
