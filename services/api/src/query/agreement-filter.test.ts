import { describe, expect, it } from 'vitest';
import type { AgreementRecord } from '@coopnews/schema';
import { AgreementFilter, agreementMatcher } from './agreement-filter.ts';
import { agreementRow } from '../read-model/agreement-rows.ts';

const base: Omit<AgreementRecord, 'contributions'> = {
  _id: 'agr_1',
  type: 'mou',
  status: 'signed',
  parties: [{ id: 'act_jt', name: 'Pemprov Jateng', kind: 'organization', country: 'ID-JT' }],
  partyIds: ['act_jt', 'act_kr'],
  countries: ['ID', 'ID-JT', 'KR'],
  sectors: ['umkm'],
  date: '2022-10-23',
  month: '2022-10',
  summary: 'Jateng dan Korsel sepakat kerja sama UMKM',
  outlets: ['Lintas Jateng'],
  relevant: true,
  statusHistory: [],
  extractorVersion: '1',
  confidence: 0.9,
  dismissed: false,
  articleIds: ['art_1'],
  sources: [{ articleId: 'art_1', url: 'https://x', outlet: 'Lintas Jateng', quote: 'menandatangani nota (MoU) kesepahaman', start: 0, end: 10 }],
  mergeReasons: [],
  doubts: [],
  firstSeen: '2022-10-23T14:05:00+07:00',
  lastSeen: '2022-10-23T14:05:00+07:00',
};

const matches = async (q: Record<string, unknown>, a: Omit<AgreementRecord, 'contributions'> = base, actorIds?: Set<string>) => agreementMatcher(actorIds, AgreementFilter.parse(q))(agreementRow(a));

describe('agreementMatcher', () => {
  it('matches country and province codes in countries[], case-insensitively', async () => {
    expect(await matches({ country: 'kr' })).toBe(true);
    expect(await matches({ province: 'ID-JT' })).toBe(true);
    expect(await matches({ country: 'JP' })).toBe(false);
  });

  it('compares dates by the agreement date, else the first report', async () => {
    expect(await matches({ since: '2022-10-23', until: '2022-10-23' })).toBe(true);
    expect(await matches({ since: '2022-10-24' })).toBe(false);
    const { date: _d, ...undated } = base;
    expect(await matches({ until: '2022-10-22' }, undated)).toBe(false);
  });

  it('searches summary and quotes as literal text', async () => {
    expect(await matches({ q: 'korsel' })).toBe(true);
    expect(await matches({ q: '(MoU)' })).toBe(true);
    expect(await matches({ q: 'M.U' })).toBe(false);
  });

  it('hides irrelevant and dismissed agreements unless asked', async () => {
    expect(await matches({}, { ...base, relevant: false })).toBe(false);
    expect(await matches({ includeIrrelevant: 'true' }, { ...base, relevant: false })).toBe(true);
    expect(await matches({}, { ...base, dismissed: true })).toBe(false);
    expect(await matches({ includeDismissed: true }, { ...base, dismissed: true })).toBe(true);
  });

  it('keeps agreements with a party among the actor ids the filter resolved to', async () => {
    expect(await matches({ actor: 'Jateng' }, base, new Set(['act_kr']))).toBe(true);
    expect(await matches({ actor: 'Jateng' }, base, new Set(['act_other']))).toBe(false);
  });

  it('refuses dates that are not calendar days', () => {
    expect(AgreementFilter.safeParse({ since: '2022-13-45' }).success).toBe(false);
    expect(AgreementFilter.safeParse({ until: '2023-02-29' }).success).toBe(false);
    expect(AgreementFilter.safeParse({ since: '2024-02-29' }).success).toBe(true);
  });

  it('filters on sector, status, type and outlet', async () => {
    expect(await matches({ sector: 'UMKM', status: 'signed', type: 'mou', outlet: 'lintas jateng' })).toBe(true);
    expect(await matches({ status: 'proposed' })).toBe(false);
    expect(await matches({ sector: 'pariwisata' })).toBe(false);
  });
});
