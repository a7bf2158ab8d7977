import { describe, expect, it } from 'vitest';
import { actorsOf, byName } from './test-helpers.ts';

describe('organizations', () => {
  it('expands a gazetteer short form to the canonical name', () => {
    const r = actorsOf('Kemenperin menggelar pelatihan bersama JICA.');
    const o = byName(r, 'Kementerian Perindustrian');
    expect(o?.aliases).toContain('Kemenperin');
    expect(o?.category).toBe('ministry');
    expect(byName(r, 'Japan International Cooperation Agency')?.aliases).toContain('JICA');
  });

  it('keeps a provincial government apart from its province', () => {
    const r = actorsOf('Pemprov Jatim menggelar misi dagang. Jatim dan Kalteng sepakat bekerja sama.');
    const gov = byName(r, 'Pemerintah Provinsi Jawa Timur');
    expect(gov?.kind).toBe('organization');
    expect(gov?.category).toBe('provincial_government');
    const place = byName(r, 'Jawa Timur');
    expect(place?.kind).toBe('place');
    expect(place?.country).toBe('ID');
    expect(place?.subdivision).toBe('ID-JI');
  });

  it('finds unknown organizations by their head and inner short form', () => {
    const r = actorsOf('Dinas Perindustrian dan Perdagangan (Disperindag) Jawa Timur hadir. Disperindag menyiapkan stan.');
    const o = byName(r, 'Dinas Perindustrian dan Perdagangan Jawa Timur');
    expect(o?.kind).toBe('organization');
    expect(r.mentions.filter((m) => m.actorId === o?.id).length).toBeGreaterThanOrEqual(2);
  });

  it('names a branch by its place: Kadin Jatim is not Kadin Indonesia', () => {
    const r = actorsOf('Kadin Jatim dan Kadin Kalteng menandatangani nota kesepahaman.');
    expect(byName(r, 'Kadin Jatim')?.name).toBe('Kamar Dagang dan Industri Jawa Timur');
    expect(byName(r, 'Kadin Kalteng')?.name).toBe('Kamar Dagang dan Industri Kalimantan Tengah');
  });

  it('joins two spellings of one embassy', () => {
    const r = actorsOf('Kedutaan Besar (Kedubes) Kerajaan Belanda menjajaki kerja sama. Kepala Departemen Ekonomi Kedubes Belanda hadir.');
    const embassies = r.actors.filter((a) => a.category === 'embassy');
    expect(embassies).toHaveLength(1);
  });

  it('finds English company names by their tail', () => {
    const r = actorsOf('Among the firms joining the trip are Mindanao Agriplus Corp. and the Halal Business Council.', 'en');
    expect(byName(r, 'Mindanao Agriplus Corp.')?.category).toBe('company');
    expect(byName(r, 'Halal Business Council')?.kind).toBe('organization');
  });

  it('lets a definition in the text override an ambiguous short form', () => {
    const r = actorsOf('Kedua dinas meneken Perjanjian Kerja Sama (PKS) tentang investasi. PKS itu berlaku lima tahun.');
    expect(byName(r, 'Partai Keadilan Sejahtera')).toBeUndefined();
  });
});

describe('places', () => {
  it('maps Indonesian and English country names to ISO codes', () => {
    const r = actorsOf('Kerja sama Indonesia dan Korsel diperluas ke Jepang dan Amerika Serikat.');
    expect(byName(r, 'Korea Selatan')?.country).toBe('KR');
    expect(byName(r, 'Jepang')?.country).toBe('JP');
    expect(byName(r, 'Amerika Serikat')?.country).toBe('US');
  });

  it('finds foreign regions by prefix and suffix', () => {
    const r = actorsOf('Jateng memiliki sister province dengan Provinsi Chungcheongbuk-do. Webinar digelar bersama Provinsi Fujian, Tiongkok.');
    expect(byName(r, 'Provinsi Chungcheongbuk-do')?.country).toBe('KR');
    expect(byName(r, 'Provinsi Fujian')?.kind).toBe('place');
  });

  it('scores a place that cooperates above one that is only a setting', () => {
    const r = actorsOf('Indonesia dan Vietnam sepakat memperkuat kerja sama UMKM.\n\nAcara berlangsung di Bali pada Senin.');
    const vn = byName(r, 'Vietnam')!;
    const bali = byName(r, 'Bali')!;
    expect(vn.partyScore!).toBeGreaterThan(bali.partyScore!);
  });

  it('does not read a currency as the country', () => {
    const r = actorsOf('Nilainya mencapai 1 juta dolar AS.');
    expect(byName(r, 'Amerika Serikat')).toBeUndefined();
  });
});

describe('offsets and evidence', () => {
  const text = 'Semarang - Gubernur Jawa Tengah Ganjar Pranowo bertemu Menteri Koperasi dan UKM Teten Masduki.\n\nTeten mengatakan Kemenkop UKM mendukung UMKM Jateng.';
  const r = actorsOf(text);

  it('gives mentions whose text is the text at their offsets, sorted', () => {
    expect(r.mentions.length).toBeGreaterThan(0);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const starts = r.mentions.map((m) => m.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('gives every actor evidence that quotes the text and holds one of its names', () => {
    for (const a of r.actors) {
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const e of a.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect([a.name, ...a.aliases].some((n) => e.quote.includes(n))).toBe(true);
      }
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('English texts', () => {
  it('names gazetteer entries as an English text writes them, keeping the Indonesian name as an alias', () => {
    const r = actorsOf('The Ministry of Cooperatives and SMEs signed a deal with South Korea. Central Java Governor Ganjar Pranowo said the province would join.', 'en');
    expect(byName(r, 'Ministry of Cooperatives and SMEs')?.aliases).toContain('Kementerian Koperasi dan UKM');
    expect(byName(r, 'South Korea')?.country).toBe('KR');
    expect(byName(r, 'Ganjar Pranowo')?.role).toBe('Central Java Governor');
  });
});

describe('organizations known by the company they keep', () => {
  it('takes every member of an enumeration that names organizations', () => {
    const r = actorsOf('The seven are Semut Manajemen Indonesia (SMI), Parahyangan Catholic University, APP Politeknik Jakarta, Karya Dua Perempuan and Riwani Globe.', 'en');
    for (const n of ['Semut Manajemen Indonesia', 'Parahyangan Catholic University', 'APP Politeknik Jakarta', 'Karya Dua Perempuan', 'Riwani Globe']) expect(byName(r, n)?.kind).toBe('organization');
  });

  it('does not take a list of countries or people for organizations', () => {
    const r = actorsOf('Hadir Ansar Ahmad, Shukri Ramli dan Pornpoth Penpas. Proyek berjalan di Tiongkok, India, Filipina, dan Thailand.');
    expect(r.actors.filter((a) => a.kind === 'organization')).toHaveLength(0);
  });

  it('runs a name to the end of the long form of its short form', () => {
    const r = actorsOf('Hadir ahli dari National Metrology Institute Thailand (NIMT) dan Balai Besar Kerajinan dan Batik (BBKB).');
    expect(byName(r, 'National Metrology Institute Thailand')?.aliases).toContain('NIMT');
    expect(byName(r, 'Balai Besar Kerajinan dan Batik')?.kind).toBe('organization');
  });

  it('keeps two branches apart that differ only by their city', () => {
    const r = actorsOf('Hadir Politeknik Negeri Malang dan Politeknik Negeri Madiun.');
    expect(byName(r, 'Politeknik Negeri Malang')).toBeDefined();
    expect(byName(r, 'Politeknik Negeri Madiun')).toBeDefined();
    expect(byName(r, 'Politeknik Negeri Malang')?.id).not.toBe(byName(r, 'Politeknik Negeri Madiun')?.id);
  });

  it('splits two companies written with a slash', () => {
    const r = actorsOf('Mitranya adalah PT Agrosid Manunggal Sentosa/PT Primasid Andalan Utama dan lainnya.');
    expect(byName(r, 'PT Agrosid Manunggal Sentosa')?.kind).toBe('organization');
    expect(byName(r, 'PT Primasid Andalan Utama')?.kind).toBe('organization');
  });
});

describe('cities named with their country', () => {
  it('takes "X di <country>" as a city of that country', () => {
    const r = actorsOf('Kota itu bersahabat dengan Hualien di Taiwan dan Gochang County di Korea Selatan sejak lama.');
    expect(byName(r, 'Hualien')?.country).toBe('TW');
    expect(byName(r, 'Gochang County')?.country).toBe('KR');
  });

  it('takes every item of a comma list of cities, each with its country', () => {
    const r = actorsOf('Kota itu bersahabat dengan Hualien di Taiwan, Weihai di Provinsi Shandong, Tiongkok, La Trinidad di Filipina, serta Singkawang di Kalimantan Barat.');
    expect(byName(r, 'Weihai')?.country).toBe('CN');
    expect(byName(r, 'La Trinidad')?.country).toBe('PH');
  });

  it('does not take a person or an office before "di" for a city', () => {
    const r = actorsOf('Rapat Kerja di Jakarta dihadiri Menteri Budi Santoso di Indonesia.');
    expect(byName(r, 'Rapat Kerja')).toBeUndefined();
    expect(byName(r, 'Budi Santoso')?.kind).toBe('person');
  });
});

describe('legal forms', () => {
  it('knows a company also without "(Persero) Tbk"', () => {
    const r = actorsOf('Kerja sama dijalin bersama PT Telkom Indonesia (Persero) Tbk di Surakarta.');
    expect(byName(r, 'PT Telkom Indonesia')?.kind).toBe('organization');
  });
});

describe('where organization names end', () => {
  it('runs a ministry on over "and" and a name to its short form with one word past the last letter', () => {
    const r = actorsOf('Officials of the Ministry of Finance and Economy met the Danish Agency for Rural Affairs (Dara) in Bandar Seri Begawan.', 'en');
    expect(byName(r, 'Ministry of Finance and Economy')?.kind).toBe('organization');
    expect(byName(r, 'Danish Agency for Rural Affairs')?.aliases).toContain('Dara');
  });

  it('takes a defined long form whole, even with a government named inside it', () => {
    const r = actorsOf('Rapat itu digelar Asosiasi Pemerintah Kabupaten Seluruh Indonesia (Apkasi) di Bogor.');
    expect(byName(r, 'Asosiasi Pemerintah Kabupaten Seluruh Indonesia')?.aliases).toContain('Apkasi');
    expect(r.actors.some((a) => /Seluruh$/.test(a.name))).toBe(false);
  });

  it('ends a body at a police rank and does not take an office for a body', () => {
    const r = actorsOf('Kepala Bidang Hubungan Masyarakat (Kabid Humas) Polda Jatim Kombes Pol Rudi Setiawan menambahkan keterangan.');
    expect(byName(r, 'Polda Jawa Timur')?.kind).toBe('organization');
    expect(r.actors.some((a) => a.name.startsWith('Masyarakat'))).toBe(false);
  });
});
