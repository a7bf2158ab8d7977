/**
 * Heads that open an organization's name, with the category the head implies. A head is
 * followed by capitalized words (and a few connectors) up to the first lower-case word.
 */
export const ORG_HEADS: readonly string[] = [
  'ministry|Kementerian', 'ministry|Kemenko', 'ministry|Ministry', 'ministry|Department',
  'agency|Badan', 'agency|Lembaga', 'agency|Otoritas', 'agency|Direktorat Jenderal', 'agency|Ditjen', 'agency|Direktorat',
  'agency|Dinas', 'agency|Biro', 'agency|Balai Besar', 'agency|Balai', 'agency|Sekretariat Daerah', 'agency|Setda', 'agency|Satgas', 'agency|Satuan Tugas', 'agency|Agency', 'agency|Authority', 'agency|Administration', 'agency|Bureau',
  'agency|Jabatan', 'agency|Majlis', 'agency|Komisi', 'agency|Komite', 'agency|Dewan', 'agency|Majelis', 'agency|Polres', 'agency|Polresta', 'agency|Polrestabes', 'agency|Polda',
  'embassy|Kedutaan Besar', 'embassy|Kedubes', 'embassy|KBRI', 'embassy|KJRI', 'embassy|Konsulat Jenderal', 'embassy|Konsulat', 'embassy|Embassy', 'embassy|Consulate General', 'embassy|Consulate',
  'association|Asosiasi', 'association|Himpunan', 'association|Ikatan', 'association|Perkumpulan', 'association|Persatuan', 'association|Gabungan', 'association|Masyarakat', 'association|Association', 'association|Federation',
  'ngo|Yayasan', 'ngo|Foundation',
  'chamber|Kamar Dagang', 'chamber|Chamber',
  'company|Koperasi', 'company|PT', 'company|CV', 'company|Perum', 'company|Bank', 'company|Cooperative',
  'university|Universitas', 'university|Institut', 'university|Politeknik', 'university|Sekolah Tinggi', 'other|Sekolah', 'university|Fakultas', 'university|University', 'university|Institute', 'university|Polytechnic', 'university|College',
  'other|Partai',
];

/** Local governments: short form -> long form; the rest of the name is the region. */
export const LOCAL_GOVERNMENT_FORMS: readonly string[] = [
  'provincial_government|Pemprov|Pemerintah Provinsi',
  'provincial_government|Pemerintah Provinsi|Pemerintah Provinsi',
  'provincial_government|Pemda Provinsi|Pemerintah Provinsi',
  'local_government|Pemkot|Pemerintah Kota',
  'local_government|Pemerintah Kota|Pemerintah Kota',
  'local_government|Pemkab|Pemerintah Kabupaten',
  'local_government|Pemerintah Kabupaten|Pemerintah Kabupaten',
  'local_government|Pemda|Pemerintah Daerah',
  'local_government|Pemerintah Daerah|Pemerintah Daerah',
  'provincial_government|Pemerintah Prefektur|Pemerintah Prefektur',
];

/** Company suffixes that close a name ("X Tbk", "Y Co., Ltd.", "Z Inc."). */
export const COMPANY_SUFFIXES: readonly string[] = ['Tbk', 'Tbk.', '(Persero)', 'Persero', 'Co.', 'Co., Ltd.', 'Ltd.', 'Ltd', 'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Sdn Bhd', 'Bhd', 'LLC', 'GmbH', 'AG', 'PLC', 'Group'];

/** Short words inside organization names and what they stand for (to see that two names agree). */
export const ORG_WORD_ABBREVIATIONS: readonly string[] = [
  'kedubes|kedutaan besar', 'kbri|kedutaan besar republik indonesia', 'kjri|konsulat jenderal republik indonesia', 'konjen|konsulat jenderal',
  'pemprov|pemerintah provinsi', 'pemkot|pemerintah kota', 'pemkab|pemerintah kabupaten', 'pemda|pemerintah daerah', 'setda|sekretariat daerah',
  'ditjen|direktorat jenderal', 'dirjen|direktur jenderal', 'disdag|dinas perdagangan', 'disperindag|dinas perindustrian perdagangan', 'diskop|dinas koperasi',
  'kab|kabupaten', 'prov|provinsi', 'univ|universitas', 'ri|republik indonesia', 'dprd|dewan perwakilan rakyat daerah',
];

/** Words that do not tell two organization names apart. */
export const ORG_NAME_STOPWORDS: readonly string[] = ['kerajaan', 'republik', 'di', 'untuk', 'dan', 'of', 'the', 'in', 'provinsi', 'kota', 'kabupaten', 'negara', 'persero', 'tbk', 'pt', 'se'];

/** Words that close an organization's name in English ("Aleson Shipping Lines Inc."). */
export const ORG_TAILS: readonly string[] = [
  'Corp', 'Corporation', 'Inc', 'Incorporated', 'Ltd', 'Limited', 'LLC', 'PLC', 'GmbH', 'Bhd', 'Cooperative', 'Co-op', 'Council', 'Association', 'Institute', 'Foundation',
  'Company', 'Lines', 'Logistics', 'University', 'College', 'Agency', 'Authority', 'Commission', 'Committee', 'Federation', 'Group', 'Center', 'Centre',
  'Organization', 'Organisation', 'Administration', 'Ministry', 'Department', 'Bureau', 'Holdings', 'Industries', 'Airlines', 'Enterprises', 'Union', 'Alliance', 'Network', 'Society', 'Fund',
];

/** Upper-case short forms that name things other than organizations (so "UMKM Jateng" is no agency). */
export const NON_ORG_ACRONYMS: readonly string[] = [
  'UMKM', 'UKM', 'IKM', 'KUMKM', 'SDM', 'SDA', 'ASN', 'PNS', 'OPD', 'BUMD', 'MOU', 'LOI', 'PKS', 'PDB', 'PDRB', 'APBD', 'APBN', 'PAD', 'PMA', 'PMDN', 'HUT', 'PPKM', 'KTP',
  'NIK', 'NPWP', 'TKI', 'WNI', 'WNA', 'CSR', 'KUR', 'UMK', 'UMR', 'UMP', 'IPM', 'IKN', 'KEK', 'KIT', 'TKDN', 'SNI', 'HAKI', 'HKI', 'PIRT', 'IT', 'AI', 'GDP', 'MSME', 'MSMES',
  'SME', 'SMES', 'CEO', 'CPO', 'TBS', 'WIB', 'WITA', 'WIT', 'USD', 'IDR', 'RP', 'COVID', 'PPN', 'PPH', 'BBM', 'LPG', 'ATM', 'QRIS', 'OTT', 'TPS', 'TPA', 'RS', 'RSUD',
];
