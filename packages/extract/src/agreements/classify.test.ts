import { describe, expect, it } from 'vitest';
import { statusOf, typeOf } from './classify.ts';

describe('typeOf', () => {
  it('reads a signed commercial contract as "other", not a memorandum', () => {
    expect(typeOf('A mid-term financing contract was also signed between KEIC and Krakatau Steel.', 'signed')).toBe('other');
    expect(typeOf('Kontrak pembelian baja itu diteken kedua perusahaan.', 'signed')).toBe('other');
  });
});

describe('statusOf', () => {
  it.each([
    ['Kedua pihak akan menjajaki kerja sama di bidang pertanian.', 'proposed'],
    ['Pihak Taiwan menawarkan kerja sama pengembangan UKM.', 'proposed'],
    ['Indonesia will offer training under the partnership.', 'proposed'],
    ['RI dan Korsel sepakat bekerja sama mengembangkan produk UKM.', 'agreed'],
    ['The two ministries agreed to cooperate on financing.', 'agreed'],
    ['Kedua gubernur menandatangani nota kesepahaman di Palembang.', 'signed'],
    ['The ministry has signed a memorandum of understanding with SMRJ.', 'signed'],
    ['Jateng sudah memiliki sister province dengan Fujian.', 'in_force'],
    ['Pemkot selama ini bekerja sama dengan DBKU di sektor pariwisata.', 'in_force'],
    ['Pemkot Malang juga mengincar kerja sama dengan Pemda DIY.', 'proposed'],
    ['Draf MoC itu diharapkan bisa diteken pada Juni mendatang.', 'proposed'],
    ['Kerja sama itu tinggal menunggu tanda tangan kedua menteri.', 'proposed'],
    ['Akhir Januari lalu ia meneken nota kesepahaman dengan CCCC.', 'in_force'],
  ])('%s -> %s', (text, want) => {
    expect(statusOf(text)).toBe(want);
  });

  it('reads a signing still to come as a plan, even when the parties agree on it', () => {
    expect(statusOf('Korea telah sepakat memperluas kerja sama yang akan ditandatangani pada Juli.')).toBe('proposed');
  });

  it('does not take an existing thing for an existing tie', () => {
    // "yang selama ini sudah dikenal" describes K-Wave, not the cooperation.
    expect(statusOf('Kerja sama nanti K-Wave yang selama ini sudah dikenal akan kita bawa ke Jawa Tengah.')).toBe('proposed');
    expect(statusOf('Ia ingin memperdalam kerja sama ekonomi Jepang-Indonesia yang selama ini sudah berjalan.')).toBe('in_force');
  });

  it('says nothing when the sentence asserts no status', () => {
    expect(statusOf('Kerja sama itu meliputi pendidikan dan penelitian.')).toBeUndefined();
  });
});

describe('typeOf', () => {
  it.each([
    ['Keduanya meneken nota kesepahaman (MoU) kerja sama.', 'mou'],
    ['Keduanya meneken perjanjian kerja sama (PKS) penanaman modal.', 'mou'],
    ['Polbeng meneken Letter of Intent (LoI) dengan Politeknik Melaka.', 'loi'],
    ['Jateng memiliki program sister province dengan Fujian.', 'sister_region'],
    ['Hubungan kota kembar Surabaya-Kochi sudah 25 tahun.', 'sister_region'],
    ['Sejalan dengan Perjanjian Kemitraan Ekonomi Komprehensif yang berlaku sejak 2020.', 'other'],
    ['Kedua provinsi sepakat bekerja sama di bidang perdagangan.', 'cooperation'],
  ])('%s -> %s', (text, want) => {
    expect(typeOf(text, statusOf(text))).toBe(want);
  });

  it('takes a signing without a named document for an MoU', () => {
    expect(typeOf('Dokumen kerja sama itu diteken kedua menteri.', 'signed')).toBe('mou');
  });
});
