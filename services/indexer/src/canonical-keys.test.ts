import { describe, expect, it } from 'vitest';
import { canonicalKeys } from './canonical-keys.ts';

const org = (name: string, aliases: string[] = [], country?: string) => ({ kind: 'organization' as const, name, aliases, ...(country ? { country } : {}) });

describe('canonicalKeys', () => {
  it('gives the Indonesian and English names of one ministry one key', () => {
    const id = canonicalKeys(org('Kementerian Koperasi dan Usaha Kecil dan Menengah'));
    expect(id).toEqual(['ministry:ID:cooperatives+smes']);
    expect(canonicalKeys(org('Kementerian Koperasi dan UKM'))).toEqual(id);
    // English forms name no country: the Indonesian alias gives theirs.
    expect(canonicalKeys(org('Cooperatives and Small and Medium Enterprises Ministry', ['Kementerian Koperasi dan UKM']))).toEqual(id);
    expect(canonicalKeys(org('Ministry of Cooperatives and SMEs', [], 'ID'))).toEqual(id);
    expect(canonicalKeys(org('Coordinating Ministry for Economic Affairs', ['Kementerian Koordinator Bidang Perekonomian']))).toEqual(['ministry:ID:coordinating:economy']);
  });

  it('gives no key where the country or a portfolio word is unknown', () => {
    expect(canonicalKeys(org('Ministry of Cooperatives and SMEs'))).toEqual([]);
    expect(canonicalKeys(org('Kementerian Luar Negeri Vietnam'))).toEqual([]);
    expect(canonicalKeys(org('Koperasi Wisata Pertanian'))).toEqual([]);
    expect(canonicalKeys({ ...org('Kementerian Perdagangan'), kind: 'person' })).toEqual([]);
  });

  it('keeps ministries of different countries and portfolios apart', () => {
    expect(canonicalKeys(org('Ministry of Trade', [], 'MY'))).toEqual(['ministry:MY:trade']);
    expect(canonicalKeys(org('Kementerian Perdagangan'))).toEqual(['ministry:ID:trade']);
    expect(canonicalKeys(org('Kementerian Perindustrian'))).toEqual(['ministry:ID:industry']);
  });
});
