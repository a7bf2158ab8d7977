import { describe, expect, it } from 'vitest';
import { fixture } from './agreements/test-fixtures.ts';
import { findAgreements } from './agreements/find-agreements.ts';
import { findPrograms } from './programs/find-programs.ts';
import { judgeRelevance } from './relevance.ts';

function judge(text: string, title: string, actors: Parameters<typeof fixture>[1]) {
  const r = fixture(text, actors, title);
  return judgeRelevance(r.article, findAgreements(r.article, r.actors), findPrograms(r.article, r.actors));
}

describe('judgeRelevance', () => {
  it('finds a flood report irrelevant', () => {
    const got = judge(
      'Banjir merendam 135 rumah di lima desa. BPBD PPU bersama TNI dan Polri mengevakuasi warga. BMKG memperkirakan hujan lebat masih turun.',
      'Banjir Rendam 135 Rumah di Penajam Paser Utara',
      [{ kind: 'organization', name: 'BPBD PPU' }, { kind: 'organization', name: 'BMKG' }],
    );
    expect(got.relevant).toBe(false);
    expect(got.relevance).toBeLessThan(0.4);
  });

  it('finds an MoU signing relevant', () => {
    const got = judge(
      'Pemprov Jatim dan Pemprov Sumsel menandatangani nota kesepahaman (MoU) kerja sama perdagangan. Kerja sama itu mencakup UMKM.',
      'Dua Gubernur Teken MoU Kerja Sama',
      [{ kind: 'organization', name: 'Pemprov Jatim' }, { kind: 'organization', name: 'Pemprov Sumsel' }],
    );
    expect(got.relevant).toBe(true);
    expect(got.relevance).toBeGreaterThan(0.6);
  });
});
