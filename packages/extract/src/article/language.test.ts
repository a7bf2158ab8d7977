import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageCode } from './language.ts';

const ID = 'Gubernur Jawa Tengah mengatakan bahwa kerja sama dengan Korea Selatan akan diperkuat untuk pengembangan UMKM yang ada di daerah. Ini adalah langkah dari pemerintah provinsi dan juga para pelaku usaha.';
const EN = 'The minister said on Thursday that the agreement with Japan would be renewed, and that it was part of a wider plan for small businesses in the region to grow from the partnership.';

describe('language', () => {
  it('normalizes declared codes', () => {
    expect(normalizeLanguageCode('id-ID')).toBe('id');
    expect(normalizeLanguageCode('in_ID')).toBe('id');
    expect(normalizeLanguageCode('en-US')).toBe('en');
    expect(normalizeLanguageCode('ms')).toBe('ms');
    expect(normalizeLanguageCode('')).toBeUndefined();
  });

  it('follows the declaration when the text agrees or says little', () => {
    expect(detectLanguage(ID, ['id-ID'])).toBe('id');
    expect(detectLanguage('UMKM Jateng', ['en'])).toBe('en');
  });

  it('lets plain text overrule a theme default lang="en-US"', () => {
    expect(detectLanguage(ID, ['en-US', 'id_ID'])).toBe('id');
    expect(detectLanguage(EN, ['id'])).toBe('en');
  });

  it('counts stopwords when nothing is declared', () => {
    expect(detectLanguage(ID, [undefined, undefined])).toBe('id');
    expect(detectLanguage(EN, [])).toBe('en');
  });
});
