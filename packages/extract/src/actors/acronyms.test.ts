import { describe, expect, it } from 'vitest';
import { acronymFits, findAcronymDefinitions } from './acronyms.ts';

describe('findAcronymDefinitions', () => {
  it('finds long-then-short and short-then-long definitions with exact offsets', () => {
    const text = 'Kementerian Perindustrian (Kemenperin) bekerja dengan KBRI (Kedutaan Besar Republik Indonesia) dalam Training of Trainers (TOT).';
    const defs = findAcronymDefinitions(text);
    const pairs = defs.map((d) => [d.long, d.short]);
    expect(pairs).toContainEqual(['Kementerian Perindustrian', 'Kemenperin']);
    expect(pairs).toContainEqual(['Kedutaan Besar Republik Indonesia', 'KBRI']);
    expect(pairs).toContainEqual(['Training of Trainers', 'TOT']);
    for (const d of defs) {
      expect(text.slice(d.longStart, d.longEnd)).toBe(d.long);
      expect(text.slice(d.shortStart, d.shortEnd)).toBe(d.short);
    }
  });

  it('takes the shortest long form that fits, not the title before it', () => {
    const defs = findAcronymDefinitions('Kepala Badan Pusat Statistik (BPS) Jateng hadir.');
    expect(defs.map((d) => d.long)).toEqual(['Badan Pusat Statistik']);
  });

  it('ignores parentheses that define nothing', () => {
    expect(findAcronymDefinitions('Acara digelar Minggu (16/7/2023) malam (waktu setempat).')).toEqual([]);
  });
});

describe('acronymFits', () => {
  it('spells syllable acronyms and initialisms', () => {
    expect(acronymFits('Kemenperin', 'Kementerian Perindustrian')).toBe(true);
    expect(acronymFits('Hipmi', 'Himpunan Pengusaha Muda Indonesia')).toBe(true);
    expect(acronymFits('BMKG', 'Badan Meteorologi, Klimatologi, dan Geofisika')).toBe(true);
    expect(acronymFits('XYZ', 'Badan Pusat Statistik')).toBe(false);
  });
});
