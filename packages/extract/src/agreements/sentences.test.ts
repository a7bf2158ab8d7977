import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('keeps titles, initials, amounts and decimals inside the sentence', () => {
    const text = 'Rektor Prof. Dr. H. Ahmad hadir. Nilainya Rp. 5 juta atau 4,5 persen, kata M. Amin. Dokumen No. 12 diteken.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Rektor Prof. Dr. H. Ahmad hadir.', 'Nilainya Rp. 5 juta atau 4,5 persen, kata M. Amin.', 'Dokumen No. 12 diteken.']);
  });

  it('gives exact offsets and never crosses paragraphs', () => {
    const text = 'Pertama tanpa titik\n\n"Kutipan selesai." Kalimat berikut.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Pertama tanpa titik', '"Kutipan selesai."', 'Kalimat berikut.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s[1]?.paragraph).toBe(1);
  });
});
