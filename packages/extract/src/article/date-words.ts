/**
 * Words of dates in Indonesian and English, kept as plain tables so a new spelling is one line.
 * Keys are lower case, without a trailing dot.
 */

/** Month names and the abbreviations outlets print (Agu/Agt/Ags, Okt, Des, Nop, Pebruari...). */
export const MONTHS: Readonly<Record<string, number>> = {
  // Indonesian
  januari: 1,
  februari: 2,
  pebruari: 2,
  maret: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agst: 8,
  september: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nopember: 11,
  nop: 11,
  desember: 12,
  des: 12,
  // English
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
  december: 12,
  // Abbreviations shared by both languages
  jan: 1,
  feb: 2,
  peb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Month words that are also ordinary words in running text ("may", "mar"...): they count as
 * months only when written with a capital letter.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'mar']);

/** Day names, which only decorate a date ("Selasa, 13 Desember 2022", "Rabu (3/7/2019)"). */
export const DAY_NAMES: readonly string[] = [
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  "jum'at",
  'jum’at',
  'sabtu',
  'minggu',
  'ahad',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];

/** Time-zone words -> UTC offset. Indonesian zones first; IANA names seen in meta tags. */
export const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  wib: '+07:00',
  wita: '+08:00',
  wit: '+09:00',
  'asia/jakarta': '+07:00',
  'asia/pontianak': '+07:00',
  'asia/makassar': '+08:00',
  'asia/ujung_pandang': '+08:00',
  'asia/jayapura': '+09:00',
  'asia/singapore': '+08:00',
  'asia/kuala_lumpur': '+08:00',
  'asia/manila': '+08:00',
  'asia/bangkok': '+07:00',
  'asia/ho_chi_minh': '+07:00',
  'asia/tokyo': '+09:00',
  'asia/seoul': '+09:00',
  utc: '+00:00',
  gmt: '+00:00',
  z: '+00:00',
};

/** Where a page says nothing, an Indonesian outlet prints Western Indonesian Time. */
export const DEFAULT_INDONESIAN_OFFSET = '+07:00';
