import { describe, expect, it } from 'vitest';
import { cleanTitle, pickTitle } from './title.ts';

describe('cleanTitle', () => {
  it.each([
    ['Gubernur bahas pengembangan UMKM - Lintas Jateng', { outlet: 'Lintas Jateng' }, 'Gubernur bahas pengembangan UMKM'],
    ['Khofifah Ungkap Alasannya | BANGSAKINI.example - Berita Terkini', { outlet: 'Bangsa Kini', hostLabel: 'bangsakini' }, 'Khofifah Ungkap Alasannya'],
    ['Warta Koperasi :: RI dan Korsel Sepakat', { outlet: 'Warta Koperasi' }, 'RI dan Korsel Sepakat'],
    ['RiauPesisir.com | Polbeng Teken LoI dengan Politeknik Melaka', { hostLabel: 'riaupesisir' }, 'Polbeng Teken LoI dengan Politeknik Melaka'],
    ['Kedubes Belanda Lirik Food Estate Halaman all - SumutTerkini', { outlet: 'SumutTerkini' }, 'Kedubes Belanda Lirik Food Estate'],
    ['Indonesia to share MSME know-how - Business - The Archipelago Tribune', { outlet: 'The Archipelago Tribune' }, 'Indonesia to share MSME know-how'],
    ['Untag dan Pemkab Madiun Teken Kesepakatan | WARTA MADIUN RAYA', { hostLabel: 'wartamadiunraya' }, 'Untag dan Pemkab Madiun Teken Kesepakatan'],
    ['Misi Dagang Jatim - Sumsel Catat Transaksi Rp306,5 Miliar - Halaman 2', { outlet: 'SriwijayaNews' }, 'Misi Dagang Jatim - Sumsel Catat Transaksi Rp306,5 Miliar'],
  ])('%s', (raw, ctx, want) => {
    expect(cleanTitle(raw, ctx)).toBe(want);
  });

  it('keeps separators that belong to the headline', () => {
    expect(cleanTitle('Jateng - Korsel Sepakat Kerja Sama UMKM', { outlet: 'Kabar Semarang' })).toBe('Jateng - Korsel Sepakat Kerja Sama UMKM');
    expect(cleanTitle('Gubernur Ganjar-Dubes Indonesia untuk Korsel', { outlet: 'Lintas Jateng' })).toBe('Gubernur Ganjar-Dubes Indonesia untuk Korsel');
  });

  it('normalizes whitespace and entities already decoded', () => {
    expect(cleanTitle('  Kemensesneg &  Kemenperin\n di Surabaya  ', {})).toBe('Kemensesneg & Kemenperin di Surabaya');
  });
});

describe('pickTitle', () => {
  it('takes the first usable candidate in order of trust', () => {
    expect(pickTitle([undefined, '', 'MES DKI dan MES Mesir Teken MoU - Syariah Post', 'other'], { outlet: 'Syariah Post' })).toBe('MES DKI dan MES Mesir Teken MoU');
  });
});
