/**
 * What names a program, kept as data. Keys are lower-case; values are the program kind.
 * - HEAD_FIRST: Indonesian heads that open a capitalized name ("Forum UMKM se-Borneo", "Program Pendanaan UMK").
 * - HEAD_LAST: English heads that close a Title-Case name ("... Folk Art Festival", "UMK Academy 2021").
 * - CUE_BEFORE: lower-case words after which a capitalized or quoted name is a program
 *   ("program 500.000 Eksportir Baru", "konsep Rumah Produksi Bersama", "bertajuk \"...\"").
 */
export const HEAD_FIRST: Readonly<Record<string, string>> = {
  program: 'scheme', programme: 'scheme', skema: 'scheme', gerakan: 'scheme', kredit: 'scheme', proyek: 'scheme',
  pelatihan: 'training', akademi: 'training', kampus: 'training', beasiswa: 'scholarship', inkubator: 'incubator',
  festival: 'exhibition', pameran: 'exhibition', expo: 'exhibition', bazar: 'exhibition', gelar: 'exhibition',
  forum: 'forum', 'temu bisnis': 'forum', 'misi dagang': 'mission', misi: 'mission',
  workshop: 'training', lokakarya: 'training', gebyar: 'exhibition', 'kawasan ekonomi khusus': 'zone',
};

export const HEAD_LAST: Readonly<Record<string, string>> = {
  festival: 'exhibition', carnival: 'exhibition', expo: 'exhibition', exhibition: 'exhibition', fair: 'exhibition', week: 'exhibition',
  academy: 'training', training: 'training', trainers: 'training', bootcamp: 'training', school: 'training', awards: 'scholarship',
  scholarship: 'scholarship', center: 'centre', centre: 'centre', hub: 'centre', incubator: 'incubator', accelerator: 'incubator',
  program: 'scheme', programme: 'scheme', project: 'scheme', initiative: 'scheme', scheme: 'scheme', movement: 'scheme',
  mission: 'mission', forum: 'forum', challenge: 'scheme', award: 'scholarship', strategy: 'scheme', vision: 'scheme',
  framework: 'scheme', roadmap: 'scheme', blueprint: 'scheme', corner: 'centre', year: 'event', engagement: 'event', workshop: 'training',
};

/** Two-word English heads whose last word alone names a place ("Davao City"): "Zero Carbon City", "Jakarta Smart City". */
export const HEAD_LAST_PAIRS: Readonly<Record<string, string>> = {
  'smart city': 'scheme', 'carbon city': 'scheme', 'friendship city': 'scheme', 'green city': 'scheme', 'creative city': 'scheme',
  'digital city': 'scheme', 'trade center': 'centre', 'trade centre': 'centre',
};

/** Heads that make a program only when the name is defined with an acronym ("Sistem Pembelajaran Daring Indonesia (SPADA)"). */
export const ACRONYM_HEADS: Readonly<Record<string, string>> = { sistem: 'platform', portal: 'platform', platform: 'platform', aplikasi: 'platform' };

/** Names of cooperation documents: records of their own, never programs ("Letter of Intent (LoI)"). */
export const DOCUMENT_NAMES =
  /^(?:letters? of intent|memorand(?:um|a) of (?:understanding|agreement)|nota kesepahaman|perjanjian kerja ?sama|surat pernyataan kehendak|agreed minutes(?: of meeting)?|plan of action|joint statement)$/iu;

/** Lower-case cue, optionally followed by one qualifier ("program kerja", "program beasiswa", "kegiatan bertajuk"). */
export const CUE_BEFORE: Readonly<Record<string, string>> = {
  program: 'scheme', programme: 'scheme', skema: 'scheme', proyek: 'scheme', project: 'scheme', gerakan: 'scheme', konsep: 'scheme',
  inisiatif: 'scheme', initiative: 'scheme', bertajuk: 'event', bernama: 'scheme', berjudul: 'event',
  bertema: 'event', dubbed: 'scheme', titled: 'event', konferensi: 'forum', conference: 'forum', webinar: 'forum', ajang: 'event',
  kampanye: 'scheme', campaign: 'scheme', pelatihan: 'training', beasiswa: 'scholarship', pameran: 'exhibition', festival: 'exhibition',
  'misi dagang': 'mission', 'trade mission': 'mission', 'kerja sama': 'framework', kerjasama: 'framework', pengembangan: 'scheme',
  portal: 'platform', platform: 'platform', aplikasi: 'platform', app: 'platform', labelisasi: 'scheme',
};

/** Events, schemes and trainings that a title cue ("bertajuk", "titled") names as programs; talks, products and ceremonies are not. */
export const EVENT_NOUNS: readonly string[] = [
  'konferensi', 'webinar', 'seminar', 'acara', 'kegiatan', 'forum', 'pelatihan', 'lokakarya', 'workshop', 'festival', 'pameran', 'expo', 'diskusi', 'dialog', 'lomba',
  'kompetisi', 'program', 'kampanye', 'gerakan', 'temu', 'pertemuan', 'misi', 'sosialisasi', 'bimtek', 'event', 'conference', 'training', 'exhibition', 'campaign', 'competition',
];

/** Qualifiers allowed between a cue and the name. */
export const CUE_QUALIFIERS: readonly string[] = ['kerja', 'beasiswa', 'bertajuk', 'bernama', 'unggulan', 'nasional', 'pelatihan', 'pengembangan'];

/** Words that join the capitalized words of a name. */
// Not "di": "X di Y" is X held in place Y ("Bandung Corner di Braunschweig").
export const NAME_CONNECTORS: readonly string[] = ['dan', 'and', 'of', 'for', 'untuk', 'melalui', 'ke', 'the', 'on', 'to', 'in', '&', 'bagi', 'se'];

/** Capitalized words that never make a program name on their own (generic acronyms of the genre). */
export const GENERIC_NAMES: readonly string[] = [
  'umkm', 'ukm', 'umk', 'ikm', 'kukm', 'sdm', 'asn', 'msme', 'msmes', 'sme', 'smes', 'opd', 'bumd', 'bumn', 'apbn', 'apbd', 'pad', 'pdb', 'gdp',
  'covid-19', 'ri', 'indonesia',
];

/** Words of places, not programs: "Jakarta Convention Center", "Taman Surya", "Hotel Wyndham". */
export const VENUE_WORDS: readonly string[] = [
  'convention', 'hall', 'tower', 'gedung', 'hotel', 'plaza', 'mall', 'arena', 'stadium', 'stadion', 'square', 'park', 'taman', 'building',
  'balai', 'jiexpo', 'ice', 'airport', 'bandara', 'pelabuhan', 'terminal', 'pendapa', 'pendopo',
];
