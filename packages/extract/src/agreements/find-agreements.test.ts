import { describe, expect, it } from 'vitest';
import { findAgreements } from './find-agreements.ts';
import { fixture, type FixtureActor } from './test-fixtures.ts';

const JATENG: FixtureActor = { kind: 'organization', name: 'Pemerintah Provinsi Jawa Tengah', aliases: ['Pemprov Jateng', 'Jateng'] };
const KORSEL: FixtureActor = { kind: 'place', name: 'Korea Selatan', aliases: ['Korsel'], country: 'KR' };
const INDONESIA: FixtureActor = { kind: 'place', name: 'Indonesia', country: 'ID' };
const CHUNGBUK: FixtureActor = { kind: 'place', name: 'Provinsi Chungcheongbuk-do' };
const GANJAR: FixtureActor = { kind: 'person', name: 'Ganjar Pranowo', aliases: ['Ganjar'], affiliation: 'Pemerintah Provinsi Jawa Tengah' };

const names = (r: ReturnType<typeof fixture>, ids: string[]): string[] => ids.map((id) => r.actors.actors.find((a) => a.id === id)?.name ?? id).sort();

describe('findAgreements', () => {
  it('keeps an existing sister-province tie, an agreed cooperation and a planned MoU apart', () => {
    const text = [
      'SEMARANG, Kabar Jateng – Pemprov Jateng dan Korea Selatan sepakat bekerja sama di sektor ekonomi kreatif.',
      'Jateng sudah memiliki sister province dengan Provinsi Chungcheongbuk-do sejak 2010.',
      'Nota kesepahaman (MoU) antara Pemprov Jateng dan Korsel akan ditandatangani tahun depan.',
    ].join('\n\n');
    const r = fixture(text, [JATENG, KORSEL, CHUNGBUK]);
    const got = findAgreements(r.article, r.actors).map((a) => [a.type, a.status, names(r, a.parties)]);
    expect(got).toEqual([
      ['cooperation', 'agreed', ['Korea Selatan', 'Pemerintah Provinsi Jawa Tengah']],
      ['sister_region', 'in_force', ['Pemerintah Provinsi Jawa Tengah', 'Provinsi Chungcheongbuk-do']],
      ['mou', 'proposed', ['Korea Selatan', 'Pemerintah Provinsi Jawa Tengah']],
    ]);
  });

  it('merges repeated mentions of one cooperation, keeping the most advanced status and all evidence', () => {
    const text =
      'Pemprov Jateng dan Korsel menjajaki kerja sama di bidang otomotif. Ganjar berharap kerja sama itu segera terwujud. ' +
      'Kedua pihak akhirnya sepakat bekerja sama di bidang otomotif dan UMKM.';
    const r = fixture(text, [JATENG, KORSEL, GANJAR]);
    const got = findAgreements(r.article, r.actors);
    expect(got).toHaveLength(1);
    expect(got[0]?.status).toBe('agreed');
    expect(got[0]?.evidence).toHaveLength(3);
    expect(got[0]?.sectors).toEqual(expect.arrayContaining(['automotive', 'umkm']));
    for (const e of got[0]?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('takes the other side from the article when the sentence names one party (implicit subject)', () => {
    const text = 'Gubernur Ganjar menerima Dubes untuk Korsel di Semarang. Ganjar mengatakan Pemprov Jateng akan bekerja sama dengan Korsel. Korsel ingin menjalin kolaborasi di sektor UMKM.';
    const r = fixture(text, [JATENG, KORSEL, GANJAR]);
    const got = findAgreements(r.article, r.actors);
    expect(got.map((a) => names(r, a.parties))).toEqual([['Korea Selatan', 'Pemerintah Provinsi Jawa Tengah']]);
  });

  it('splits one sentence that lists several documents between different parties', () => {
    const kudus: FixtureActor = { kind: 'organization', name: 'Pemkab Kudus' };
    const pkl: FixtureActor = { kind: 'organization', name: 'Pemkab Pekalongan' };
    const bank: FixtureActor = { kind: 'organization', name: 'Bank Jateng' };
    const text = 'Pada kesempatan itu diteken dua dokumen: kesepakatan bersama antara Pemkab Kudus dan Pemkab Pekalongan, serta nota kesepahaman (MoU) antara Pemkab Pekalongan dan Bank Jateng.';
    const r = fixture(text, [kudus, pkl, bank]);
    const got = findAgreements(r.article, r.actors).map((a) => [a.type, a.status, names(r, a.parties)]);
    expect(got).toEqual([
      ['mou', 'signed', ['Pemkab Kudus', 'Pemkab Pekalongan']],
      ['mou', 'signed', ['Bank Jateng', 'Pemkab Pekalongan']],
    ]);
  });

  it('does not take a place where something happened for a party', () => {
    const kemenperin: FixtureActor = { kind: 'organization', name: 'Kementerian Perindustrian', aliases: ['Kemenperin'] };
    const unido: FixtureActor = { kind: 'organization', name: 'UNIDO' };
    const jakarta: FixtureActor = { kind: 'place', name: 'Jakarta' };
    const text = 'Kemenperin dan UNIDO menandatangani kerja sama di Jakarta, Senin (16/5/2016).';
    const r = fixture(text, [kemenperin, unido, jakarta]);
    const [agr] = findAgreements(r.article, r.actors);
    expect(names(r, agr?.parties ?? [])).toEqual(['Kementerian Perindustrian', 'UNIDO']);
    expect(agr?.type).toBe('mou');
    expect(agr?.date).toBe('2016-05-16');
  });

  it('finds nothing in a report with no cooperation', () => {
    const bpbd: FixtureActor = { kind: 'organization', name: 'BPBD PPU' };
    const text = 'Banjir merendam 135 rumah di lima desa. BPBD PPU mengerahkan perahu karet untuk mengevakuasi warga.';
    const r = fixture(text, [bpbd]);
    expect(findAgreements(r.article, r.actors)).toEqual([]);
  });

  it('reads an appositive country and a place in a title as no party of their own', () => {
    const bandung: FixtureActor = { kind: 'organization', name: 'Pemerintah Kota Bandung', aliases: ['Pemkot Bandung'] };
    const bs: FixtureActor = { kind: 'organization', name: 'Pemerintah Kota Braunschweig' };
    const text =
      'Pemkot Bandung dan Pemerintah Kota Braunschweig, Jerman, menandatangani nota kesepahaman di Balai Kota Bandung. ' +
      'Wali Kota Bandung Yana Mulyana berharap kerja sama itu segera berjalan.';
    const r = fixture(text, [bandung, bs, { kind: 'place', name: 'Jerman' }, { kind: 'place', name: 'Bandung' }, { kind: 'person', name: 'Yana Mulyana', affiliation: 'Pemerintah Kota Bandung' }]);
    const got = findAgreements(r.article, r.actors);
    expect(got.map((a) => names(r, a.parties))).toEqual([['Pemerintah Kota Bandung', 'Pemerintah Kota Braunschweig']]);
    expect(got[0]?.status).toBe('signed');
    expect(got[0]?.evidence).toHaveLength(2);
  });

  it('lets "Selain ... tersebut" start another cooperation in a new field', () => {
    const text =
      'Indonesia dan Korsel sepakat bekerja sama mengembangkan produk ramah lingkungan. ' +
      'Selain kerja sama tersebut, dua pihak sepakat bekerja sama dalam bidang kewirausahaan bagi TKI.';
    const r = fixture(text, [{ kind: 'place', name: 'Indonesia' }, KORSEL]);
    const got = findAgreements(r.article, r.actors);
    expect(got).toHaveLength(2);
    expect(got[1]?.sectors).toEqual(expect.arrayContaining(['entrepreneurship', 'migrant-workers']));
  });

  it('adds the members a later sentence enumerates to the record that counted them', () => {
    const text =
      'Tiga perusahaan meneken komitmen kemitraan dengan Pemkab Maju di Kantor Bupati. ' +
      'Ketiga perusahaan tersebut ialah PT Satu Jaya, PT Dua Karya, dan PT Tiga Abadi.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Pemerintah Kabupaten Maju', aliases: ['Pemkab Maju'] },
      { kind: 'organization', name: 'PT Satu Jaya' },
      { kind: 'organization', name: 'PT Dua Karya' },
      { kind: 'organization', name: 'PT Tiga Abadi' },
    ]);
    const got = findAgreements(r.article, r.actors);
    expect(got).toHaveLength(1);
    expect(names(r, got[0]?.parties ?? [])).toEqual(['PT Dua Karya', 'PT Satu Jaya', 'PT Tiga Abadi', 'Pemerintah Kabupaten Maju']);
  });

  it('reads cooperation said without the word: synergy, joint launches, joint ventures between two named bodies', () => {
    const text =
      'Dinas Pariwisata Kota Laut bersinergi dengan Yayasan Karya Bangsa untuk melatih perajin. ' +
      'PT Baru Jaya merupakan perusahaan patungan antara PT Lama Tbk dan Sinar Corp.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Dinas Pariwisata Kota Laut' },
      { kind: 'organization', name: 'Yayasan Karya Bangsa' },
      { kind: 'organization', name: 'PT Baru Jaya' },
      { kind: 'organization', name: 'PT Lama Tbk' },
      { kind: 'organization', name: 'Sinar Corp' },
    ]);
    const got = findAgreements(r.article, r.actors).map((a) => names(r, a.parties));
    expect(got).toEqual([
      ['Dinas Pariwisata Kota Laut', 'Yayasan Karya Bangsa'],
      ['PT Lama Tbk', 'Sinar Corp'],
    ]);
  });

  it('takes neither a unit beside its own government nor a body that only approves or witnesses as a party', () => {
    const text =
      'Pemerintah Kabupaten Garut dan Dinas Koperasi Garut bermitra dengan Yayasan Mitra Usaha. ' +
      'Kunjungan yang mengantongi restu Kementerian Dalam Negeri itu dipakai untuk menawarkan kerja sama kepada Kota Kawasaki.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Pemerintah Kabupaten Garut' },
      { kind: 'organization', name: 'Dinas Koperasi Garut' },
      { kind: 'organization', name: 'Yayasan Mitra Usaha' },
      { kind: 'organization', name: 'Kementerian Dalam Negeri' },
      { kind: 'place', name: 'Kota Kawasaki', country: 'JP' },
    ]);
    const got = findAgreements(r.article, r.actors).map((a) => names(r, a.parties));
    expect(got[0]).toEqual(['Pemerintah Kabupaten Garut', 'Yayasan Mitra Usaha']);
    expect(got.flat()).not.toContain('Kementerian Dalam Negeri');
  });

  it('cites at most three sentences, those that name the parties first', () => {
    const text = [
      'Pemprov Jateng dan Korsel sepakat bekerja sama di bidang otomotif.',
      'Kerja sama itu mencakup pelatihan.',
      'Kerja sama tersebut juga mencakup pameran.',
      'Kerja sama ini berlaku lima tahun.',
      'Ganjar menyebut kerja sama itu penting bagi Jateng dan Korsel.',
    ].join(' ');
    const r = fixture(text, [JATENG, KORSEL, GANJAR]);
    const got = findAgreements(r.article, r.actors);
    expect(got).toHaveLength(1);
    expect(got[0]?.evidence.length).toBeLessThanOrEqual(3);
    expect(got[0]?.evidence[0]?.quote).toBe('Pemprov Jateng dan Korsel sepakat bekerja sama di bidang otomotif.');
    expect(got[0]?.evidence.map((e) => e.quote)).toContain('Ganjar menyebut kerja sama itu penting bagi Jateng dan Korsel.');
    for (const e of got[0]?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('splits one party\'s ties "each" with several counterparts into one record per counterpart', () => {
    const text = 'Pemkot Malang meneken MoU sister city dengan Pemkot Solo dan Pemkot Siantar, masing-masing untuk lima tahun.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Pemerintah Kota Malang', aliases: ['Pemkot Malang'] },
      { kind: 'organization', name: 'Pemerintah Kota Solo', aliases: ['Pemkot Solo'] },
      { kind: 'organization', name: 'Pemerintah Kota Siantar', aliases: ['Pemkot Siantar'] },
    ]);
    const got = findAgreements(r.article, r.actors).map((a) => names(r, a.parties));
    expect(got).toEqual([
      ['Pemerintah Kota Malang', 'Pemerintah Kota Solo'],
      ['Pemerintah Kota Malang', 'Pemerintah Kota Siantar'],
    ]);
  });

  it('reads a charter signed decades before the article as a tie in force, and a body at the event venue as no party', () => {
    const text =
      'Ikatan Kota Bandung dan Kota Braunschweig diresmikan pada 24 Mei 1960 lewat penandatanganan piagam. ' +
      'Pemkot Bandung meneken kerja sama dengan Pemkot Cimahi di sela Rakernas Asosiasi Pemerintah Kota Seluruh Indonesia.';
    const r = fixture(text, [
      { kind: 'place', name: 'Kota Bandung' },
      { kind: 'place', name: 'Kota Braunschweig' },
      { kind: 'organization', name: 'Pemerintah Kota Bandung', aliases: ['Pemkot Bandung'] },
      { kind: 'organization', name: 'Pemerintah Kota Cimahi', aliases: ['Pemkot Cimahi'] },
      { kind: 'organization', name: 'Asosiasi Pemerintah Kota Seluruh Indonesia' },
    ]);
    const got = findAgreements(r.article, r.actors).map((a) => [a.status, names(r, a.parties)]);
    expect(got).toEqual([
      ['in_force', ['Kota Bandung', 'Kota Braunschweig']],
      ['signed', ['Pemerintah Kota Bandung', 'Pemerintah Kota Cimahi']],
    ]);
  });

  it('reads English joint organizing and support, and a possessive country as the body\'s home, not a party', () => {
    const text =
      "The ministry has signed a memorandum of understanding with Japan's Organization for Regional Innovation. " +
      'The expo is being organized by the Davao Chamber and the Indonesian Consulate, with the Trade Department lending its support.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Cooperatives Ministry', aliases: ['The ministry'] },
      { kind: 'place', name: 'Japan', country: 'JP' },
      { kind: 'organization', name: 'Organization for Regional Innovation' },
      { kind: 'organization', name: 'Davao Chamber' },
      { kind: 'organization', name: 'Indonesian Consulate' },
      { kind: 'organization', name: 'Trade Department' },
    ]);
    const got = findAgreements(r.article, r.actors).map((a) => [a.type, names(r, a.parties)]);
    expect(got).toEqual([
      ['mou', ['Cooperatives Ministry', 'Organization for Regional Innovation']],
      ['cooperation', ['Davao Chamber', 'Indonesian Consulate', 'Trade Department']],
    ]);
  });

  it('gives the members of a group counted beside a named pair a record of their own, with the pair\'s first party', () => {
    const text =
      'Dua perusahaan menyatakan komitmen bermitra melalui program kemitraan Australia dan Indonesia. ' +
      'Kedua perusahaan itu adalah PT Satu Jaya dan PT Dua Karya.';
    const r = fixture(text, [
      { kind: 'place', name: 'Australia', country: 'AU' },
      { kind: 'place', name: 'Indonesia', country: 'ID' },
      { kind: 'organization', name: 'PT Satu Jaya' },
      { kind: 'organization', name: 'PT Dua Karya' },
    ]);
    const got = findAgreements(r.article, r.actors).map((a) => names(r, a.parties));
    expect(got).toEqual([
      ['Australia', 'Indonesia'],
      ['Australia', 'PT Dua Karya', 'PT Satu Jaya'],
    ]);
  });

  it('takes no party from a clause describing the body before it', () => {
    const text = 'Pemkot Bandung berkoordinasi dengan KJRI Hamburg, yang wilayah kerjanya mencakup Braunschweig, soal promosi kopi.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Pemerintah Kota Bandung', aliases: ['Pemkot Bandung'] },
      { kind: 'organization', name: 'KJRI Hamburg' },
      { kind: 'place', name: 'Braunschweig', country: 'DE' },
    ]);
    expect(findAgreements(r.article, r.actors).map((a) => names(r, a.parties))).toEqual([['KJRI Hamburg', 'Pemerintah Kota Bandung']]);
  });

  it('takes neither the country of "lembaga ... Jerman" nor the guests of an attendance line for a party', () => {
    const text =
      'BSN menggandeng lembaga metrologi nasional Jerman, PTB, untuk menilai laboratorium. ' +
      'Delegasi lain yang hadir antara lain perwakilan ADB dan Sekretariat ASEAN dalam forum kerja sama itu.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Badan Standardisasi Nasional', aliases: ['BSN'] },
      { kind: 'place', name: 'Jerman', country: 'DE' },
      { kind: 'organization', name: 'Physikalisch-Technische Bundesanstalt', aliases: ['PTB'] },
      { kind: 'organization', name: 'Asian Development Bank', aliases: ['ADB'] },
      { kind: 'organization', name: 'Sekretariat ASEAN' },
    ]);
    expect(findAgreements(r.article, r.actors).map((a) => names(r, a.parties))).toEqual([['Badan Standardisasi Nasional', 'Physikalisch-Technische Bundesanstalt']]);
  });

  it('takes no party from a program\'s name or from a title that stands for a person already named', () => {
    const text =
      'Pemprov DKI Jakarta mengutus Djarot. Djarot akan tampil di Forum Bisnis Indonesia-Rusia. ' +
      'Mantan Wali Kota Blitar itu juga akan meneken kerja sama dengan Kota Moskow.';
    const r = fixture(text, [
      { kind: 'organization', name: 'Pemerintah Provinsi DKI Jakarta', aliases: ['Pemprov DKI Jakarta'] },
      { kind: 'place', name: 'Indonesia', country: 'ID' },
      { kind: 'place', name: 'Rusia', country: 'RU' },
      { kind: 'place', name: 'Kota Blitar', country: 'ID' },
      { kind: 'place', name: 'Kota Moskow', country: 'RU' },
    ]);
    const forum = text.indexOf('Forum Bisnis Indonesia-Rusia');
    const got = findAgreements(r.article, r.actors, { masks: [[forum, forum + 'Forum Bisnis Indonesia-Rusia'.length]] });
    expect(got.map((a) => names(r, a.parties))).toEqual([['Kota Moskow', 'Pemerintah Provinsi DKI Jakarta']]);
  });

  it('gives a city one sister tie per listed counterpart city, each placed in its country', () => {
    const miri: FixtureActor = { kind: 'organization', name: 'Pemerintah Kota Miri', aliases: ['Pemkot Miri'] };
    const council: FixtureActor = { kind: 'organization', name: 'Miri City Council' };
    const cities: FixtureActor[] = ['Hualien', 'Weihai', 'Singkawang'].map((name) => ({ kind: 'place', name }));
    const countries: FixtureActor[] = ['Taiwan', 'Tiongkok', 'Kalimantan Barat'].map((name) => ({ kind: 'place', name }));
    const text = 'Pemkot Miri menerima tamu. Melalui program Friendship City, Miri City Council sudah menjalin hubungan dengan Hualien di Taiwan, Weihai di Tiongkok, serta Singkawang di Kalimantan Barat.';
    const r = fixture(text, [miri, council, ...cities, ...countries]);
    const got = findAgreements(r.article, r.actors).map((a) => [a.type, a.status, names(r, a.parties)]);
    expect(got).toEqual([
      ['sister_region', 'in_force', ['Hualien', 'Miri City Council']],
      ['sister_region', 'in_force', ['Miri City Council', 'Weihai']],
      ['sister_region', 'in_force', ['Miri City Council', 'Singkawang']],
    ]);
  });

  it('takes a document named back through its bracketed short form as the record just named, and fills no pair for unnamed counterparts', () => {
    const my: FixtureActor = { kind: 'place', name: 'Malaysia', country: 'MY' };
    const text = [
      'Indonesia dan Malaysia resmi mengikat kerja sama saling pengakuan sertifikat halal.',
      'Memorandum of Cooperation (MoC) tersebut ditandatangani di Putrajaya, Kamis (8/6/2023).',
      'Menurut dia, kerja sama jaminan produk halal dengan berbagai negara akan terus diperluas.',
    ].join('\n\n');
    const r = fixture(text, [INDONESIA, my]);
    const got = findAgreements(r.article, r.actors).map((a) => [a.type, a.status, names(r, a.parties)]);
    expect(got).toEqual([['mou', 'signed', ['Indonesia', 'Malaysia']]]);
  });

  it('joins one named party and the counted others a next sentence names into one record; a lead partner is a partner', () => {
    const list: FixtureActor[] = ['International Labour Organization', 'Business Development Organization', 'Semut Manajemen', 'Riwani Globe', 'Pro Serve'].map((name) => ({ kind: 'organization', name }));
    const text = [
      'International Labour Organization handed the programme to the Business Development Organization, which was appointed lead partner.',
      'Business Development Organization and three other organizations signed a commitment declaration at the event.',
      'The three are Semut Manajemen, Riwani Globe and Pro Serve.',
    ].join('\n\n');
    const r = fixture(text, list);
    const got = findAgreements(r.article, r.actors).map((a) => [a.type, names(r, a.parties)]);
    expect(got).toEqual([
      ['cooperation', ['Business Development Organization', 'International Labour Organization']],
      ['mou', ['Business Development Organization', 'Pro Serve', 'Riwani Globe', 'Semut Manajemen']],
    ]);
  });

  it('keeps a cooperation in another field apart, at the stage of the talks just reported', () => {
    const text = [
      'Indonesia dan Korea Selatan sepakat bekerja sama dalam bidang kewirausahaan bagi pekerja migran.',
      '"Kita kembangkan kerja sama antara UKM Indonesia dengan Korea Selatan dalam bidang industri peralatan kesehatan," katanya.',
    ].join('\n\n');
    const r = fixture(text, [INDONESIA, KORSEL]);
    const got = findAgreements(r.article, r.actors).map((a) => [a.status, a.evidence.length]);
    expect(got).toEqual([
      ['agreed', 1],
      ['agreed', 1],
    ]);
  });

  it('gives the headline subject one record per counterpart when it signs "separate" documents with counted partners named next', () => {
    const list: FixtureActor[] = [
      { kind: 'organization', name: 'Business Council Philippines', aliases: ['BC Philippines'] },
      { kind: 'organization', name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'] },
      ...['Brunei Darussalam', 'Cambodia', 'Laos'].map((name): FixtureActor => ({ kind: 'place', name })),
    ];
    const text = [
      'JAKARTA — The Philippine chapter of the council has signed separate memorandums of understanding with three fellow national councils.',
      'The agreements were signed on Tuesday at the ASEAN summit in Jakarta.',
      'The partner councils are those of Brunei Darussalam, Cambodia and Laos.',
      'BC Philippines chairman spoke at the ASEAN meeting, and ASEAN leaders welcomed it.',
    ].join('\n\n');
    const r = fixture(text, list, 'BC Philippines signs pacts with three councils');
    const got = findAgreements(r.article, r.actors).map((a) => [a.type, a.status, names(r, a.parties)]);
    expect(got).toEqual([
      ['mou', 'signed', ['Brunei Darussalam', 'Business Council Philippines']],
      ['mou', 'signed', ['Business Council Philippines', 'Cambodia']],
      ['mou', 'signed', ['Business Council Philippines', 'Laos']],
    ]);
  });

  it('fills in no country for a body inside it', () => {
    const diskop: FixtureActor = { kind: 'organization', name: 'Dinas Koperasi Garut' };
    const text = 'UMKM Indonesia tumbuh, kata pejabat Indonesia di Garut. Dinas Koperasi Garut akan memperluas kerja sama di bidang digitalisasi.';
    const r = fixture(text, [INDONESIA, diskop], 'Indonesia dorong UMKM Garut');
    expect(findAgreements(r.article, r.actors)).toEqual([]);
  });
});
