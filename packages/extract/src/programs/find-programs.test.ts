import { describe, expect, it } from 'vitest';
import { fixture } from '../agreements/test-fixtures.ts';
import { findPrograms } from './find-programs.ts';

describe('findPrograms', () => {
  it('finds programs defined with acronyms in both directions', () => {
    const text =
      'Indonesia akan mengirimkan SDM untuk melakukan Training of Trainers (TOT) ke Korea Selatan. ' +
      'Kami sepakat memantapkan kerja sama pengembangan Green Business Center (GBC) di Jakarta. ' +
      'Taipei menyepakati perluasan kerja sama pengembangan OVOP (One Village One Product).';
    const r = fixture(text, [{ kind: 'place', name: 'Korea Selatan' }]);
    const got = findPrograms(r.article, r.actors).map((p) => [p.name, p.acronym]);
    expect(got).toEqual([
      ['Training of Trainers', 'TOT'],
      ['Green Business Center', 'GBC'],
      ['One Village One Product', 'OVOP'],
    ]);
  });

  it('finds named forums, festivals, missions and cued schemes, not organizations', () => {
    const text =
      'KJRI Kuching menggelar The First Borneo SMEs Festival. Festival itu langkah awal menuju pembentukan Forum UMKM se-Borneo. ' +
      'Dua bulan lalu Pemprov Jatim melakukan misi dagang ke Provinsi Aceh. ' +
      'Shopee mendukung program 500.000 Eksportir Baru bersama Sekolah Ekspor.';
    const r = fixture(text, [
      { kind: 'organization', name: 'KJRI Kuching' },
      { kind: 'organization', name: 'Pemprov Jatim' },
      { kind: 'organization', name: 'Sekolah Ekspor' },
      { kind: 'organization', name: 'Shopee' },
    ]);
    const got = findPrograms(r.article, r.actors);
    expect(got.map((p) => p.name)).toEqual(['The First Borneo SMEs Festival', 'Forum UMKM se-Borneo', 'misi dagang ke Provinsi Aceh', '500.000 Eksportir Baru']);
    expect(got[0]?.organizers).toEqual(['a1']);
    for (const p of got) for (const e of p.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('merges a short and a long form of one program', () => {
    const text = 'Sebanyak 556 UMK lulus dalam Graduation Pertamina UMK Academy 2021. UMK Academy pertama kali digelar pada 2020.';
    const r = fixture(text, [{ kind: 'organization', name: 'Pertamina' }]);
    const got = findPrograms(r.article, r.actors);
    expect(got).toHaveLength(1);
    expect(got[0]?.aliases).toContain('UMK Academy');
    expect(got[0]?.evidence).toHaveLength(2);
  });

  it('ignores generic acronyms and policies', () => {
    const text = 'Program ini mendorong usaha mikro, kecil, dan menengah (UMKM) serta program UMKM daerah sesuai Rencana Pembangunan Jangka Panjang (RPJP).';
    const r = fixture(text, []);
    expect(findPrograms(r.article, r.actors)).toEqual([]);
  });

  it('reads zones, hashtags, English strategy and city names, platforms in apposition, and stops a name at "di"', () => {
    const text =
      'Perusahaan di Kawasan Ekonomi Khusus (KEK) Lautan meneken komitmen. Kampanye #MajuBersama digelar lagi. ' +
      'The ministers adopted the Borneo Vision 2030 and the Zero Carbon City plan. ' +
      'Pelaku usaha terdaftar di KarsaMentor, platform daring yang mempertemukan mentor. ' +
      'Kota itu membuka Lautan Corner di Hamburg.';
    const r = fixture(text, []);
    const got = findPrograms(r.article, r.actors).map((p) => p.name);
    expect(got).toEqual(expect.arrayContaining(['Kawasan Ekonomi Khusus Lautan', '#MajuBersama', 'Borneo Vision 2030', 'Zero Carbon City', 'KarsaMentor', 'Lautan Corner']));
    expect(got).not.toContain('Lautan Corner di Hamburg');
  });

  it('takes neither a cooperation document, a titled unit nor the Nth meeting of a body for a program', () => {
    const text =
      'Kedua kota meneken Letter of Intent (LoI) tentang energi. Ketua Nusantara Trade Center hadir. ' +
      'Ia memimpin pertemuan ke-20 Chief Ministers and Governors Forum di Batam.';
    const r = fixture(text, []);
    expect(findPrograms(r.article, r.actors).map((p) => p.name)).toEqual([]);
  });

  it('takes a titled event, a centre the text builds and a prize competition, not talks, themes, visited centres or prizes won', () => {
    const text =
      'Upaya itu diwujudkan lewat konferensi video bertajuk Jalur Dagang Nusantara Baru. Ia memaparkan materi bertajuk "Peluang Investasi Daerah". ' +
      'Upacara bertema "Bersatu Membangun Negeri" digelar pagi. Kedua pihak sepakat pengembangan Borneo Craft Center (BCC) di Pontianak. ' +
      'Delegasi juga mampir ke Osaka SME Center. Produk itu meraih Silver Award pada ajang Nusantara Design Award. ' +
      'Ia memimpin pertemuan ke-20 Chief Ministers and Governors Forum (CMGF) di Batam. Forum CMGF digelar tiap tahun.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Borneo Craft Center', aliases: ['BCC'] },
      { kind: 'organization', name: 'Osaka SME Center' },
    ]);
    const got = findPrograms(r.article, r.actors).map((p) => p.name);
    expect(got).toEqual(expect.arrayContaining(['Jalur Dagang Nusantara Baru', 'Borneo Craft Center', 'Nusantara Design Award']));
    for (const no of ['Peluang Investasi Daerah', 'Bersatu Membangun Negeri', 'Osaka SME Center', 'Silver Award', 'Forum CMGF', 'Chief Ministers and Governors Forum']) expect(got).not.toContain(no);
  });
});
