import { describe, expect, it } from 'vitest';
import { SECTORS } from '../data/sectors.ts';
import { findSectors } from './sectors.ts';

describe('findSectors', () => {
  it('reads Indonesian and English synonyms into one vocabulary', () => {
    expect(findSectors('kerja sama di sektor ekonomi kreatif (ekraf) dan UMKM')).toEqual(expect.arrayContaining(['umkm', 'creative-economy']));
    expect(findSectors('cooperation on MSMEs in farming and the marine sector')).toEqual(expect.arrayContaining(['umkm', 'agriculture', 'fisheries']));
    expect(findSectors('penanaman modal dan penjaminan kredit')).toEqual(expect.arrayContaining(['investment', 'credit', 'credit-guarantee']));
  });

  it('matches whole words only', () => {
    expect(findSectors('pemukiman warga')).not.toContain('umkm');
  });

  it('has unique kebab-case ids', () => {
    const ids = SECTORS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});
