/** Words of cooperation: a place named in such a sentence is likely a party, not a setting. */
export const PARTY_CUES: readonly string[] = [
  'kerja sama', 'kerjasama', 'bekerja sama', 'kolaborasi', 'berkolaborasi', 'kemitraan', 'bermitra', 'mitra', 'sister city', 'sister province', 'kota kembar', 'provinsi kembar',
  'nota kesepahaman', 'memorandum', 'MoU', 'LoI', 'perjanjian', 'kesepakatan', 'sepakat', 'menyepakati', 'penandatanganan', 'menandatangani', 'meneken', 'teken',
  'hubungan bilateral', 'bilateral', 'hubungan diplomatik', 'delegasi', 'misi dagang', 'kunjungan kerja', 'menjajaki', 'menjalin', 'bantuan', 'hibah', 'investasi',
  'cooperation', 'cooperate', 'partnership', 'agreement', 'memorandum of understanding', 'signed', 'sign', 'pact', 'deal', 'bilateral', 'delegation', 'ties', 'relations', 'collaboration',
];
