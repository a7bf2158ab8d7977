import { describe, expect, it } from 'vitest';
import { gazetteerEntries, lookupCity, lookupCountry, lookupOrganization, lookupProvince } from './gazetteer.ts';

describe('gazetteer lookups', () => {
  it('knows countries in Indonesian and English', () => {
    expect(lookupCountry('Korsel')?.country).toBe('KR');
    expect(lookupCountry('South Korea')?.country).toBe('KR');
    expect(lookupCountry('Tiongkok')?.country).toBe('CN');
    expect(lookupCountry('Amerika Serikat')?.country).toBe('US');
    expect(lookupCountry('AS')?.country).toBe('US');
    // Case-exact short forms: the English word "as" is no country.
    expect(lookupCountry('as')).toBeUndefined();
  });

  it('knows all 38 provinces with their codes and abbreviations', () => {
    expect(gazetteerEntries('province')).toHaveLength(38);
    expect(lookupProvince('Jateng')?.subdivision).toBe('ID-JT');
    expect(lookupProvince('Jawa Timur')?.subdivision).toBe('ID-JI');
    expect(lookupProvince('Kalteng')?.name).toBe('Kalimantan Tengah');
    expect(lookupProvince('NTB')?.subdivision).toBe('ID-NB');
  });

  it('knows ministries and agencies by acronym', () => {
    expect(lookupOrganization('Kemenkop UKM')?.name).toBe('Kementerian Koperasi dan UKM');
    expect(lookupOrganization('KemenKopUKM')?.category).toBe('ministry');
    expect(lookupOrganization('Bappenas')?.category).toBe('ministry');
    expect(lookupOrganization('KOTRA')?.category).toBe('agency');
    expect(lookupOrganization('ASEAN')?.category).toBe('international_body');
  });
});

describe('Indonesian regencies and cities from idn-area-data', () => {
  it('knows a city or regency by its bare name', () => {
    expect(lookupCity('Singkawang')).toBe('ID');
    expect(lookupCity('Raja Ampat')).toBe('ID');
    expect(lookupCity('Ganjar')).toBeUndefined();
  });
});
