import { describe, expect, it } from 'vitest';
import { actorsOf, byName } from './test-helpers.ts';

describe('people with titles', () => {
  it('splits an Indonesian title from the name and keeps the title as the role', () => {
    const r = actorsOf('Gubernur Jawa Tengah Ganjar Pranowo menerima tamu. Ganjar mengatakan kerja sama itu penting.');
    const p = byName(r, 'Ganjar Pranowo');
    expect(p?.kind).toBe('person');
    expect(p?.role).toBe('Gubernur Jawa Tengah');
    expect(p?.aliases).toContain('Ganjar');
    expect(r.mentions.filter((m) => m.actorId === p?.id)).toHaveLength(2);
  });

  it('reads long titles with connectors and parentheses', () => {
    const r = actorsOf('Hadir pula Asisten II Sekdaprov Kalteng Leonard S Ampung dan Pelaksana Tugas (Plt) Gubernur Jawa Timur Adi Karyono.');
    expect(byName(r, 'Leonard S Ampung')?.role).toBe('Asisten II Sekdaprov Kalimantan Tengah');
    expect(byName(r, 'Adi Karyono')?.role).toBe('Pelaksana Tugas (Plt) Gubernur Jawa Timur');
  });

  it('finds the ambassador of a country and the place named in the title', () => {
    const r = actorsOf('Duta Besar RI untuk Korea Selatan Gandhi Sulistiyanto hadir.');
    const p = byName(r, 'Gandhi Sulistiyanto');
    expect(p?.role).toBe('Duta Besar RI untuk Korea Selatan');
    // An Indonesian ambassador speaks for Indonesia, not for the host country.
    expect(p?.affiliation).toBe(byName(r, 'Indonesia')?.id);
  });

  it('takes apposition on either side of the comma', () => {
    const r = actorsOf('Rombongan dipimpin Kepala Bidang Distribusi Dinas Perdagangan Kota Surabaya, Trio Wahyu Bowo. Hadir juga Hans de Brabander, Kepala Departemen Ekonomi Kedubes Belanda.');
    expect(byName(r, 'Trio Wahyu Bowo')?.role).toBe('Kepala Bidang Distribusi Dinas Perdagangan Kota Surabaya');
    expect(byName(r, 'Hans de Brabander')?.role).toBe('Kepala Departemen Ekonomi Kedubes Belanda');
  });

  it('drops honorifics and finds speakers of quotes', () => {
    const r = actorsOf('"Kami siap," kata Bapak Budi Santoso. Menurut Prof. Dr. Siti Aminah, program ini baik.');
    expect(byName(r, 'Budi Santoso')?.kind).toBe('person');
    expect(byName(r, 'Siti Aminah')?.kind).toBe('person');
  });

  it('reads English titles with their portfolio', () => {
    const r = actorsOf('Cooperatives and SMEs Minister Teten Masduki said the deal was signed. Teten added more.', 'en');
    const p = byName(r, 'Teten Masduki');
    expect(p?.role).toBe('Cooperatives and SMEs Minister');
    expect(p?.aliases).toContain('Teten');
  });

  it('does not take journalists and photo credits as actors', () => {
    const r = actorsOf('Bupati Kudus Musthofa meresmikan pasar. "Pasar ini untuk warga," kata Musthofa.\n\nPewarta: Andi Wijaya\n\nEditor: Rina Lestari');
    expect(byName(r, 'Musthofa')?.role).toBe('Bupati Kudus');
    expect(byName(r, 'Andi Wijaya')).toBeUndefined();
    expect(byName(r, 'Rina Lestari')).toBeUndefined();
  });

  it('does not read a building as a person', () => {
    const r = actorsOf('Pertemuan berlangsung di Kantor Gubernur, Jalan Pangeran Diponegoro Nomor 30, Medan.');
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(0);
  });
});

describe('nicknames and short names', () => {
  it('links "X, sapaan akrab <title>" to the person with that title', () => {
    const r = actorsOf('Gubernur Jawa Tengah Ganjar Pranowo bertemu Duta Besar Indonesia untuk Korea Selatan Gandhi Sulistiyanto. Sulis, sapaan akrab Dubes Indonesia untuk Korsel, mengatakan hal itu.');
    const p = byName(r, 'Gandhi Sulistiyanto');
    expect(p?.aliases).toContain('Sulis');
    expect(byName(r, 'Ganjar Pranowo')?.aliases ?? []).not.toContain('Sulis');
  });

  it('links "akrab disapa Y" to the person just named', () => {
    const r = actorsOf('Wakil Gubernur Sumut Musa Rajekshah menerima tamu. Pria yang akrab disapa Ijeck itu berbicara. "Kami siap," ujar Ijeck.');
    const p = byName(r, 'Musa Rajekshah');
    expect(p?.aliases).toContain('Ijeck');
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('keeps a quoted nickname inside the name', () => {
    const r = actorsOf('President Joko “Jokowi” Widodo wants more loans.', 'en');
    expect(r.actors.find((a) => a.kind === 'person')?.name).toBe('Joko “Jokowi” Widodo');
  });
});

describe('more title shapes', () => {
  it('reads ranks, double offices and offices written after the name', () => {
    const r = actorsOf('Kapolda Jateng Irjen Pol Ahmad Luthfi hadir bersama Kepala Perwakilan RI sekaligus Kuasa Usaha Ad Interim KBRI Kairo Aji Surya. Ia berpasangan dengan politikus PKB Sukirman, yang saat ini menjabat Sekretaris DPW PKB Jawa Tengah.');
    expect(byName(r, 'Ahmad Luthfi')?.role).toBe('Kapolda Jawa Tengah Irjen Pol');
    expect(byName(r, 'Aji Surya')?.role).toBe('Kepala Perwakilan RI sekaligus Kuasa Usaha Ad Interim KBRI Kairo');
    expect(byName(r, 'Sukirman')?.role).toBe('Sekretaris DPW PKB Jawa Tengah');
  });

  it('takes a nickname in parentheses as an alias', () => {
    const r = actorsOf('Presiden Joko Widodo (Jokowi) hadir. "Kami mendukung," kata Jokowi.');
    const p = byName(r, 'Joko Widodo');
    expect(p?.aliases).toContain('Jokowi');
    expect(r.mentions.filter((m) => m.actorId === p?.id)).toHaveLength(3);
  });

  it('describes traders and lecturers named with lower-case words', () => {
    const r = actorsOf('Harga yang lebih tinggi dipasang Wahilah, pedagang cabai lainnya. Mahasiswa dibimbing pensyarah Nurena Abdullah.');
    expect(byName(r, 'Wahilah')?.role).toBe('pedagang cabai lainnya');
    expect(byName(r, 'Nurena Abdullah')?.role).toBe('pensyarah');
  });
});

describe('names of many shapes', () => {
  it('reads Balinese names that open with I or Ni, not a roman numeral of the title', () => {
    const r = actorsOf('Wali Kota Denpasar I Gusti Ngurah Jaya Negara dan Wakil Wali Kota I Kadek Agus Arya Wibawa hadir.');
    expect(byName(r, 'I Gusti Ngurah Jaya Negara')?.role).toBe('Wali Kota Denpasar');
    expect(byName(r, 'I Kadek Agus Arya Wibawa')?.kind).toBe('person');
  });

  it('reads Malay names with bin, binti and anak, after Malay offices and honorifics', () => {
    const r = actorsOf('Delegasi dipimpin Ketua Pengarah JAKIM, Datuk Hajah Hakimah binti Mohd Yusoff. Dokumen diteken Direktur PMBS Ts. Shirley anak Philip.');
    expect(byName(r, 'Hakimah binti Mohd Yusoff')?.role).toBe('Ketua Pengarah JAKIM');
    expect(byName(r, 'Shirley anak Philip')?.kind).toBe('person');
  });

  it('reads hyphenated given names and stops at degrees', () => {
    const r = actorsOf('Lutfi signed the document with KOTRA president Ki-Hwa Hong. Wali Kota Pekanbaru, Dr H Firdaus ST MT, terbang ke Jepang.', 'en');
    expect(byName(r, 'Ki-Hwa Hong')?.kind).toBe('person');
    expect(byName(r, 'Firdaus')?.kind).toBe('person');
  });

  it('names the person at the end of a long office, not a word of the office', () => {
    const r = actorsOf('Hadir Kepala Dinas Perpustakaan dan Kearsipan DKI Catur Laswanto, serta Kanchana Wanichkorn, Direktur Sectoral Development Directorate pada Divisi Konektivitas.');
    expect(byName(r, 'Catur Laswanto')?.role).toBe('Kepala Dinas Perpustakaan dan Kearsipan DKI');
    expect(byName(r, 'Perpustakaan')).toBeUndefined();
    expect(byName(r, 'Sectoral')).toBeUndefined();
    expect(byName(r, 'Kanchana Wanichkorn')?.kind).toBe('person');
  });

  it('reads players, coaches and referees named with their position', () => {
    const r = actorsOf('Gol itu dicetak gelandang Ricky Kambuaya. Wasit Thoriq Alkatiri menunjuk titik putih, sementara asisten pelatih Ferdiansyah mensyukuri hasilnya.');
    for (const n of ['Ricky Kambuaya', 'Thoriq Alkatiri', 'Ferdiansyah']) expect(byName(r, n)?.kind).toBe('person');
  });

  it('closes a title with a region and its country before the name', () => {
    const r = actorsOf('Forum dihadiri Ketua Menteri Perlis, Malaysia, Mohamad Shukri Ramli, dan pejabat lain.');
    expect(byName(r, 'Mohamad Shukri Ramli')?.role).toBe('Ketua Menteri Perlis, Malaysia');
    expect(byName(r, 'Perlis')?.kind).not.toBe('person');
  });

  it('does not take a team before a player\'s name for a person', () => {
    const r = actorsOf('Tembakan itu diblok bek Persebaya, Arif Satria. Bola jatuh ke kaki lawan.');
    expect(byName(r, 'Persebaya')).toBeUndefined();
  });

  it('names the country of an English title after "of"', () => {
    const r = actorsOf('The deal was witnessed by Philippine President Ferdinand Marcos and Cambodian Prime Minister Hun Manet.', 'en');
    expect(byName(r, 'Ferdinand Marcos')?.role).toBe('President of Philippines');
    expect(byName(r, 'Hun Manet')?.role).toBe('Prime Minister of Cambodia');
  });
});

describe('names after titles that name places', () => {
  it('ends a region at a known city, so the name after it is a person', () => {
    const r = actorsOf('Wali Kota Pekanbaru Hendra Gunawan menyambut rombongan dari Kawasaki.');
    expect(byName(r, 'Hendra Gunawan')?.role).toBe('Wali Kota Pekanbaru');
  });

  it('reads hyphenated place names and titles carried on by a connector', () => {
    const r = actorsOf('Ia bertemu Wakil Wali Kota Rostov-on-Don Pavel Orlov di Moskow, disambut Duta Besar RI untuk Federasi Rusia Agus Salim Harahap beserta pejabat Pemerintah Kota Rostov-on-Don.');
    expect(byName(r, 'Pavel Orlov')?.role).toBe('Wakil Wali Kota Rostov-on-Don');
    expect(byName(r, 'Agus Salim Harahap')?.role).toBe('Duta Besar RI untuk Federasi Rusia');
    expect(byName(r, 'Pemerintah Kota Rostov-on-Don')?.kind).toBe('organization');
  });

  it('keeps a last name word that also names things, and drops "Ny."', () => {
    const r = actorsOf('Ketua TP PKK Kota Kupang Ny. Ratna Dewi Putri Bangsa bertukar cendera mata.');
    expect(byName(r, 'Ratna Dewi Putri Bangsa')?.role).toBe('Ketua TP PKK Kota Kupang');
  });
});

describe('roles as the annotators write them', () => {
  it('keeps a short form beside its expansion and names the home country of a bare "Presiden"', () => {
    const r = actorsOf('Balai Besar Kulit dan Karet (BBKK) menggelar pelatihan. Kepala BBKK Hendra Wijaya membuka acara yang dihadiri Presiden Joko Widodo.');
    expect(byName(r, 'Hendra Wijaya')?.role).toBe('Kepala Balai Besar Kulit dan Karet (BBKK)');
    expect(byName(r, 'Joko Widodo')?.role).toBe('Presiden Republik Indonesia');
  });

  it('reads English titles on over "of the", "at the" and a possessive', () => {
    const r = actorsOf('The plan was launched by Maria Keller, then President of the Swiss Confederation. Lim Wei Ming, Deputy Secretary-General (Trade) at the Ministry of Economy, and Haji Rosli bin Ahmad, Minister at the Prime Minister’s Office, signed.', 'en');
    expect(byName(r, 'Maria Keller')?.role).toBe('President of the Swiss Confederation');
    expect(byName(r, 'Lim Wei Ming')?.role).toBe('Deputy Secretary-General (Trade) at the Ministry of Economy');
    expect(byName(r, 'Haji Rosli bin Ahmad')?.role ?? byName(r, 'Rosli bin Ahmad')?.role).toBe('Minister at the Prime Minister’s Office');
  });

  it('reads a name after degrees and leaves one word before an apposition to the title', () => {
    const r = actorsOf('Penjabat (Pj) Wali Kota Bitung Suwandi SSTP MAP menyambut rombongan. Pada 2019, Head of Partnerships Unit Prisma, Rina Kartika Dewi, menyebut program itu berjalan.');
    expect(byName(r, 'Suwandi')?.role).toBe('Penjabat (Pj) Wali Kota Bitung');
    expect(byName(r, 'Rina Kartika Dewi')?.role).toBe('Head of Partnerships Unit Prisma');
    expect(byName(r, 'Prisma')?.kind).not.toBe('person');
  });
});

describe('name shapes', () => {
  it('reads Chinese, Korean and Balinese names whose words are also common words', () => {
    const r = actorsOf('Menteri Perdagangan Liu Yang memberikan apresiasi. Gubernur Jawa Barat Kang Min-seo hadir. Hadir Ketua Delegasi JBC Anak Agung Gede Rai; serta lainnya.');
    expect(byName(r, 'Liu Yang')?.kind).toBe('person');
    expect(byName(r, 'Kang Min-seo')?.kind).toBe('person');
    expect(byName(r, 'Anak Agung Gede Rai')?.role).toBe('Ketua Delegasi JBC');
  });

  it('takes a hyphenated name before an English apposition and names before person-only clauses', () => {
    const r = actorsOf(
      'It was launched by Park Ji-hoon, then President of the Korea Chamber of Commerce. At the forum, Maria Santos Reyes, who chairs the business council this year, spoke. ' +
        'Ia bertemu Budi Hartanto, yang saat itu masih menjabat Wakil Wali Kota Bogor. The deal was signed by PT Krakatau Steel director Wibisono, and others.',
      'en',
    );
    expect(byName(r, 'Park Ji-hoon')?.role).toBe('President of the Korea Chamber of Commerce');
    expect(byName(r, 'Maria Santos Reyes')?.role).toBe('chairs the business council this year');
    expect(byName(r, 'Budi Hartanto')?.role).toBe('Wakil Wali Kota Bogor');
    expect(byName(r, 'Wibisono')?.kind).toBe('person');
  });
});

describe('people named without a title', () => {
  it('takes the name after "<position> <team>," and a sentence opened by a name and an active verb', () => {
    const r = actorsOf('Umpan itu diblok bek Arema, Dimas Prasetyo. Pemain pengganti Arema, Rizky Ananda, sempat menembak. Yusuf Ramadhan menambah gol ketiga pada menit ke-83. Laga digelar di Stadion Kapten I Made Wirahadi.');
    expect(byName(r, 'Dimas Prasetyo')?.role).toBe('bek Arema');
    expect(byName(r, 'Rizky Ananda')?.role).toBe('Pemain pengganti Arema');
    expect(byName(r, 'Yusuf Ramadhan')?.kind).toBe('person');
    // A stadium named after a person is a place, not the person.
    expect(byName(r, 'I Made Wirahadi')).toBeUndefined();
  });
});
