import { describe, expect, it } from 'vitest';
import { hasNegativeHint, isBoilerplateLine, isDateLine } from './content.ts';

describe('boilerplate lines', () => {
  it.each([
    'Baca juga: Dubes RI kunjungi WNI di Maladewa',
    'BACA JUGA : Transaksi Misi Dagang Jatim',
    'Baca Juga',
    'Simak juga: Video Pelantikan Gubernur',
    'Lihat juga Video: Banjir Rob di Semarang',
    'Simak breaking news dan berita pilihan kami langsung di ponselmu.',
    'Read also: Rice prices edge up as dry season bites',
    'Baca: Harga Cabai di Pasar Johar Turun',
    'Berita Terkait: Gubernur Resmikan Pasar Baru di Kota Lama yang Direvitalisasi',
    'Jangan lewatkan: Daftar Lengkap Pemenang Lomba UMKM 2023',
    'ALSO READ: Davao banana growers brace for lower export prices',
    'Related News: Bali hosts regional forum on inclusive business',
    'Sumber foto: Humas Pemkot Surabaya',
    'READ ALSO: Davao banana growers brace',
    'Editor: Fajar Nugroho',
    'Penulis: Sri Handi Lestari | Editor: Eben Haezer Panca',
    'Wartawan: Devi Fitri Afriyanti',
    'Reporter : Firman Hadi',
    'Pewarta: Dwi Handayani',
    'Laporan Wartawan Tribunjateng.com, Budi Susanto',
    'COPYRIGHT © KSR 2020',
    'Copyright 2021 SumutTerkini. All Rights Reserved.',
    'Hak Cipta 2008-2015 Jurnal UKM. Seluruh hak cipta dilindungi undang-undang.',
    'Dilarang mengutip sebagian atau seluruh isi berita tanpa izin tertulis dari redaksi.',
    'Artikel ini telah tayang di Kompas.com dengan judul "Teten ke Korea".',
    'Berita ini sudah tayang di edisi cetak Pantura Pos, Rabu (9/3/2016).',
    'Tags: Ganjar Pranowo, Korea Selatan',
    'Halaman 1 2 Selanjutnya »',
    'Selanjutnya »',
    'Tampilkan Semua',
    'Bagikan:',
    'Share on Facebook',
    'Berita Terkait',
    'Terpopuler',
    'ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT',
    '- Advertisement -',
    'Tinggalkan Balasan',
    'Komentar',
    'Silakan login untuk berkomentar. Kolom komentar dimoderasi.',
    'Isi komentar sepenuhnya tanggung jawab pengirim.',
    'Foto: Humas Pemprov Jateng',
    'Penandatanganan kerja sama di Jakarta. (Foto: Dok. Kemenperin)',
    'Gubernur Jawa Tengah berbincang dengan Duta Besar Indonesia untuk Korea Selatan. (ANTARA/HO-Humas Pemprov Jateng)',
    'Pasangan calon menyerahkan berkas di kantor KPU. (Kota Santri News/Aulia Rahman)',
    'Selasa, 21 Desember 2021 - 19:32 WIB | Dibaca: 412 kali',
    'Lihat versi lengkap',
    '[Gambas:Video 20detik]',
    'Simak berita terkini lainnya di Google News.',
    'Subscribe to our newsletter for the latest business news',
  ])('drops %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Selanjutnya, ia mengunjungi pasar.',
    'Cetak biru pengembangan UMKM akan disusun tahun depan.',
    'Pelanggan yang berlangganan listrik prabayar diminta membeli token lebih awal.',
    'Ia mengatakan pelanggaran hak cipta produk kerajinan masih marak di daerah.',
    'Komentar Gubernur itu disampaikan saat meninjau pasar.',
    'Share of exports rose to 20 percent last year.',
    'Terbaru, pemerintah menambah kuota pupuk bersubsidi.',
    'Menurut dia, kerja sama ini akan segera ditindaklanjuti dengan penandatanganan MoU.',
    'Acara itu juga dihadiri jajaran perangkat OPD dari Provinsi Jatim. (dev/rev)',
    'Nilai transaksi mencapai Rp306,5 miliar (sekitar US$20 juta).',
    'Kerja sama itu akan ditandatangani pada Juli mendatang, kata dia. (ANTARA)',
  ])('keeps %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('date lines', () => {
  it('recognizes a date with a word or two around it', () => {
    expect(isDateLine('Minggu, 23 Oktober 2022 14:05 WIB')).toBe(true);
    expect(isDateLine('SumutTerkini - 27/10/2021, 08:15 WIB')).toBe(true);
    expect(isDateLine('Pertemuan digelar pada 23 Oktober 2022 di rumah dinas gubernur di Semarang.')).toBe(false);
  });
});

describe('class and id hints', () => {
  it('matches whole words and telling parts', () => {
    expect(hasNegativeHint('tags-links')).toBe(true);
    expect(hasNegativeHint('sharedaddy sd-sharing-enabled')).toBe(true);
    expect(hasNegativeHint('linksisip')).toBe(true);
    expect(hasNegativeHint('td-post-content tagdiv-type')).toBe(false);
    expect(hasNegativeHint('detail__body-text itp_bodycontent')).toBe(false);
    expect(hasNegativeHint('side-article txt-article multi-fontsize')).toBe(false);
  });
});
