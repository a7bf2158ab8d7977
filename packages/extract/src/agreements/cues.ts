/**
 * Cue words for agreements, kept as data. Each entry is a regex source fragment (case-insensitive,
 * matched between word boundaries); add synonyms freely, both Indonesian and English.
 */

/** The sentence talks about working together at all. */
export const COOPERATION_CUES: readonly string[] = [
  'kerja ?sama', 'kerjasama', 'bekerja ?sama', 'bekerjasama', 'berkerja ?sama', 'kolaborasi', 'berkolaborasi', 'dikolaborasikan', 'kolaboratif',
  'kemitraan', 'bermitra', 'nota kesepahaman', 'memorandum', 'mou', 'moa', 'moc', 'loi', 'letter of intent', 'surat pernyataan kehendak',
  'sister[ -](?:city|cities|province|provinsi|state|region)', 'provinsi kembar', 'kota kembar', 'kota bersaudara', 'kota sahabat', 'friendship cit(?:y|ies)', 'perjanjian', 'pks',
  'penandatanganan', 'menandatangani', 'ditandatangani', 'meneken', 'diteken', 'teken', 'kesepakatan', 'sepakat', 'bersepakat', 'menyepakati',
  'menggandeng', 'digandeng', 'gandeng', 'menjalin', 'jalinan', 'hubungan (?:bilateral|diplomatik)', 'inisiatif (?:gabungan|bersama)',
  'cooperat\\w*', 'co-operat\\w*', 'collaborat\\w*', 'partnerships?', 'partner with', 'agreements?', 'pacts?', 'memorand\\w*',
  'signed', 'signing', 'inked', 'tie-ups?', 'twin cit(?:y|ies)', 'joint venture', 'diplomatic (?:ties|relations)', 'bilateral (?:ties|relations)',
  // Working together said without the word "cooperation": verbs of partnering, funding and joint action.
  'sinergi', 'bersinergi', 'menyinergikan', 'patungan', 'berkoordinasi dengan', 'bahu[- ]membahu', 'bergandeng tangan',
  'work(?:s|ed|ing)? (?:closely |together )?with', '(?:implementing|lead|main|strategic|official) partner', 'mitra (?:pelaksana|strategis|resmi|utama)', 'work(?:s|ed|ing)? together', 'jointly', 'teamed up', 'joined hands', 'join(?:s|ed)? forces',
  // Jointly organized, launched or supported (both sides must still be named): "organized by A and B", "diluncurkan oleh A dan B".
  '(?:co-)?organi[sz]ed(?:\\s+jointly)?\\s+by', '(?:diselenggarakan|digelar|diinisiasi|digagas|diluncurkan|diresmikan|launched|inaugurated|initiated)(?:\\s+\\S+){0,4}?\\s+(?:oleh|by)',
  'lending (?:its|their) support', 'with the support of', '(?:dengan|atas) dukungan', '(?:program|proyek|kegiatan|inisiatif|pelatihan|acara|pelaksanaan\\S*)(?:\\s+\\S+){0,8}?\\s+mendapat dukungan', 'didukung oleh', 'supported by', 'funded by', 'financed by', 'didanai', 'dibiayai',
  '(?:bersama|together with)(?:\\s+\\S+){1,8}?\\s+(?:meluncurkan|menggelar|menyelenggarakan|mengadakan|meresmikan|launch(?:ed|es)?|held|hold|organi[sz]ed?|host(?:ed|s)?)',
];

/** Signing verbs; a future marker shortly before turns them into a plan. */
export const SIGNING_CUES: readonly string[] = [
  'menandatangani', 'ditandatangani', 'penandatanganan', 'bertanda ?tangan', 'meneken', 'diteken', 'teken', 'signed', 'signing', 'sign', 'inked',
  'tanda ?tangan',
];

/** Words that put a following signing in the future ("akan ditandatangani", "to be signed"). */
export const FUTURE_MARKERS: readonly string[] = [
  'akan', 'bakal', 'rencana(?:nya)?', 'berencana', 'direncanakan', 'segera', 'will', 'to be', 'to', 'would', 'plans? to', 'expected to',
  'diharapkan', 'menunggu', 'hendak', 'ingin', 'siap',
];

export const AGREED_CUES: readonly string[] = [
  'sepakat', 'bersepakat', 'menyepakati', 'disepakati', 'kesepakatan', 'setuju', 'menyetujui', 'disetujui', 'agreed', 'agree', 'agrees',
];

/** Weaker than an agreement: checked after the cues of an existing tie ("kembali menggandeng"). */
export const JOINED_CUES: readonly string[] = [
  'menggandeng', 'digandeng', 'gandeng', 'menjalin kerja ?sama', 'teamed up', 'joined hands', 'join forces', 'partnered',
];

/**
 * A sentence that names the members of a group just mentioned: "The seven are A, B and C",
 * "Kedelapan perusahaan tersebut ialah A, B, ...", "Ketiga belas mitra itu adalah ...".
 */
export const ENUMERATION =
  /^(?:(?:the|these|those|all)\s+)?(?:(?:partner|partners|mitra|members|anggota|signatories)|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?:\s+(?:belas|puluh))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|\d+)(?:\s+(?:other|more))?)(?:\s+[\p{L}-]+){0,3}?\s+(?:are|were|include[sd]?|ialah|adalah|yaitu|yakni|meliputi|terdiri (?:atas|dari))\s/iu;

/**
 * A count of parties left for the next sentence to name: "BEDO and seven other organizations signed
 * ...", "Polinela dan 10 institusi lain ...", "signed separate MoUs with six fellow national councils".
 */
export const COUNTED_OTHERS =
  /(?<![\p{L}])(?:(?:with|dengan)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?:[\p{Ll}-]+\s+){0,3}(?:councils|partners|organi[sz]ations|companies|firms|countries|cities|institutions|universities|agencies|lembaga|organisasi|perusahaan|mitra|institusi|negara|kota|daerah|kampus|universitas)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+other\s+(?:organi[sz]ations|partners|companies|firms|institutions|agencies|universities|members|councils|bodies)|(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?:lembaga|organisasi|perusahaan|mitra|institusi|instansi|kampus|universitas|pihak)\s+lain(?:nya)?)(?![\p{L}])/iu;

/** A sentence that adds parties to the cooperation just described ("Program ini juga melibatkan ..."). */
export const PARTICIPATION_CUES: readonly string[] = ['melibatkan', 'involv\\w*', 'didukung', 'dukungan', 'supported by', 'joined by'];

export const IN_FORCE_CUES: readonly string[] = [
  '(?:sudah|telah) (?:lama )?(?:memiliki|mempunyai|punya|terjalin|berjalan|berlangsung|bekerja ?sama|dilakukan|dijalankan|menjalankan)',
  'memiliki (?:program )?sister', 'mempunyai (?:program )?sister', 'selama ini', 'sejak', 'berlaku sejak', 'terjalin', 'bukan hal baru',
  'sebelumnya', '\\d+ tahun (?:hubungan|kerja ?sama|jalinan)', 'genap berusia', 'berusia \\d+', 'hubungan (?:bilateral|diplomatik)',
  'long-standing', 'longstanding', 'existing', 'has been', 'have been', 'had been', 'dat(?:ed|es|ing) back', 'since', 'already', 'renewed',
  'for (?:decades|years)', 'previously', 'diplomatic (?:ties|relations)', 'berlaku', 'kembali (?:menggandeng|bekerja ?sama|menjalin)',
];

export const PROPOSED_CUES: readonly string[] = [
  'akan', 'bakal', 'berencana', 'rencana(?:nya)?', 'merencanakan', 'direncanakan', 'menawarkan', 'ditawarkan', 'tawaran', 'penawaran',
  'diharapkan', 'berharap', 'harap', 'harapan', 'segera', 'ingin', 'mendorong', 'menjajaki', 'dijajaki', 'penjajakan', 'jajaki', 'mengajak',
  'peluang', 'potensi', 'bersiap', 'mematangkan', 'menggagas', 'digagas', 'mengusulkan', 'usulan', 'niat', 'berminat', 'tertarik',
  'menindaklanjuti', 'tindak lanjut', 'nanti', 'ke depan', 'mendalami', 'memperdalam', 'memperluas',
  'mengincar', 'membidik', 'menargetkan', 'mempertimbangkan', 'menunggu', 'eye(?:s|ing)?', 'consider(?:s|ing)?', 'mull(?:s|ing)?',
  'will', 'plans?', 'planned', 'planning', 'propos\\w*', 'offer\\w*', 'hop(?:e|es|ed)', 'wants?', 'wanted', 'seek\\w*', 'sought',
  'explor\\w*', 'could', 'asked', 'would', 'potential', 'prospects?', 'aims? to', 'intends?', 'courts?', 'called on', 'discussed',
];

/** The record is a sister city or province tie. */
export const SISTER_CUES: readonly string[] = [
  'sister[ -]?(?:city|cities|province|provinces|provinsi|state|states|region)', 'provinsi kembar', 'kota kembar', 'kota bersaudara',
  'twin(?:ned)? cit(?:y|ies)', 'twinning', 'friendship cit(?:y|ies)', 'kota sahabat',
];

export const LOI_CUES: readonly string[] = ['loi', 'letter of intent', 'letters of intent', 'surat pernyataan kehendak', 'surat minat'];

/** Named cooperation documents; the key says which kind, so two documents in one article stay apart. */
export const DOCUMENT_CUES: ReadonlyArray<readonly [string, string]> = [
  ['mou', 'nota kesepahaman|memorand(?:um|a|ums) of (?:understanding|cooperation)|mou|mous|moc|memorandum'],
  ['moa', 'memorandum of agreement|moa'],
  ['pks', 'perjanjian kerja ?sama|pks'],
  ['kb', 'kesepakatan bersama|naskah kerja ?sama'],
  ['pact', 'pact'],
];

/** Trade and economic treaties: type "other". */
export const TREATY_CUES: readonly string[] = [
  'perjanjian (?:perdagangan|dagang|kemitraan ekonomi)', 'free trade agreement', '(?:comprehensive )?economic partnership agreement',
  'trade agreement', 'cepa', 'fta',
  // Commercial contracts: "a mid-term financing contract", "kontrak pembelian".
  '(?:[\\p{L}-]+\\s+)?(?:financing|loan|supply|purchase|sales|construction)\\s+(?:contracts?|agreements?)', 'contracts?', 'kontrak', 'perjanjian (?:pinjaman|jual beli)',
];

/** The sentence names no party but points back at the pair the article is about. */
export const BOTH_SIDES: readonly string[] = [
  'kedua (?:belah )?pihak', 'dua pihak', 'keduanya', 'kedua (?:negara|provinsi|kota|kabupaten|daerah|lembaga|institusi|organisasi|kampus|politeknik|universitas|perusahaan|pemerintah)',
  'dua (?:negara|provinsi|kota|daerah|lembaga)', 'both (?:sides|countries|parties|nations|provinces|cities)', 'the two (?:sides|countries|nations|provinces|cities|parties)',
];

/** The sentence refers back to a cooperation already named. */
export const ANAPHORA: readonly string[] = [
  // "Memorandum of Cooperation (MoC) tersebut": the short form in brackets may close before the pointer.
  '(?:kerja ?sama|kesepakatan|kolaborasi|kemitraan|mou|moc|loi|moa|perjanjian|dokumen|program|hubungan)\\)?(?:\\s+[^\\s,.;:]+){0,6}?(?<!(?:selama|saat|hingga|sampai|sejauh|kali))\\s+(?:tersebut|ini|itu)',
  '(?:the|this|that)(?:\\s+[\\p{L}-]+)?\\s+(?:agreement|pact|deal|mou|moc|memorandum|partnership|cooperation|document)',
];

/** "Selain kerja sama tersebut, ...": pointing back only to set a new cooperation apart. */
export const BESIDES_BACK = /(?<![\p{L}])(?:selain|besides|in addition to|apart from)(?:\s+\S+){0,3}?\s+(?:tersebut|itu|ini|that|this)(?![\p{L}])/iu;

/** Counterparts left unnamed ("dengan berbagai negara", "with other countries"): no pair to fill in from the article. */
export const UNNAMED_COUNTERPARTS =
  /(?<![\p{L}])(?:(?:berbagai|banyak|sejumlah|beberapa)\s+(?:negara|daerah|pihak|mitra|lembaga|perusahaan)|(?:negara|daerah|mitra|pihak)(?:-(?:negara|daerah|mitra|pihak))?\s+lain|(?:various|many|several|other|more)\s+(?:countries|partners|nations|regions|companies|institutions))(?![\p{L}])/iu;

/** A new cooperation besides the one just described. */
export const ADDITIVE: readonly string[] = ['selain', 'in addition', 'besides', 'another', 'separately'];

/**
 * Places after these words are where something happened or where something comes from, not a
 * party: "di Jakarta", "di Boyolali, Bogor, dan Bali", "dari Jepang, Filipina, dan Kanada",
 * "produk UMKM Jawa Timur", "pasar Eropa", "1 juta dolar AS".
 */
export const LOCATIVE_BEFORE =
  /(?:^|[\s(])(?:(?:[dD]i|in|at|pada|[dD]ari|from|ke|to|kantor|bertempat di|berlangsung di)\s+(?:(?!(?:dengan|with|bersama|antara|between|oleh|by|dan|and)\s)\p{Ll}[\p{Ll}-]*\s+){0,4}(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*(?:\s*,\s*(?:dan\s+|and\s+|serta\s+)?|\s+(?:dan|and|serta)\s+))*(?:[\p{Lu}][\p{L}-]*\s+){0,3}|(?:produk|pasar|market|markets|products|UMKM|UKM|IKM|MSMEs?|pelaku usaha|pengusaha|warga|masyarakat|kawasan|wilayah|dolar|dollar|US\$|asal)\s+)$/u;

/** An earlier document of the same parties: reported as existing rather than newly signed. */
export const EARLIER = [
  'sebelumnya', 'previously', 'earlier', 'pernah', '(?:tahun|bulan) lalu', 'last (?:year|month)',
  '(?:(?:awal|akhir|pertengahan)\\s+)?(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember) lalu',
];

/**
 * Definite references to a body the article is about: "the ministry", "kementeriannya". Each
 * points at the most salient actor whose name matches.
 */
export const DEFINITE_REFERENCES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?<![\p{L}])(?:the|his|her|its) ministry(?![\p{L}])|(?<![\p{L}])kementerian(?:nya| ini| tersebut)(?![\p{L}])/iu, /ministry|kementerian|kemen/iu],
  [/(?<![\p{L}])(?:the|his|her) (?:department|agency)(?![\p{L}])/iu, /department|agency|badan|dinas/iu],
  [/(?<![\p{L}])(?:the embassy|kedutaan(?:nya| tersebut))(?![\p{L}])/iu, /embassy|kedutaan|kbri|kedubes/iu],
  [/(?<![\p{L}])(?:the (?:provincial|city|regency) government|pemprov(?:nya)?|pemkot(?:nya)?|pemkab(?:nya)?)(?![\p{L}\s]*\p{Lu})/iu, /government|pemerintah|pemprov|pemkot|pemkab/iu],
];
