import { AMBIGUOUS_MONTHS, DAY_NAMES, MONTHS, ZONE_OFFSETS } from './date-words.ts';

/**
 * Dates as outlets print them, in Indonesian and English, and as meta tags carry them.
 * Nothing here reads the clock: a date without a year is completed only from a reference
 * date the caller passes.
 */

/** A calendar date with an optional wall-clock time and the UTC offset it was given in. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "+07:00"; absent when the source names no zone. */
  offset?: string;
}

/** A date expression found in running text; article.text.slice(start, end) === text. */
export interface DateMatch {
  start: number;
  end: number;
  text: string;
  /** Absent when the text gives none and no reference date was passed. */
  year?: number;
  month: number;
  /** Absent for a month-only expression ("Juli 2011"). */
  day?: number;
  /** Last day of a range ("20-21 Mei 2011"). */
  endDay?: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset?: string;
  /** The year came from the reference date, not from the text. */
  inferredYear: boolean;
}

export interface FindDatesOptions {
  /** ISO date (or timestamp) the text was published on; completes dates printed without a year. */
  referenceDate?: string;
}

// ---------------------------------------------------------------------------------------------
// Patterns

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRe).join('|');

const MONTH = `(${alternation(Object.keys(MONTHS))})(?![a-z])\\.?`;
const DAY = `(?:${alternation(DAY_NAMES)})(?![a-z])\\.?`;
/** "Selasa, " / "Rabu (" / "Thu, " before a date; part of the match when present. */
const DAY_PREFIX = `(?:${DAY}\\s*,?\\s*\\(?\\s*)?`;
const NOT_AFTER_NUMBER = '(?<![\\d.,/:-])';
const YEAR = '((?:19|20)\\d{2})(?!\\d)';

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMatch, 'start' | 'end' | 'text' | 'inferredYear'> | undefined;
}

const monthOf = (token: string | undefined): number | undefined => {
  if (!token) return undefined;
  const key = token.toLowerCase().replace(/\.$/, '');
  // "may" and "mar" are months only when capitalised ("May 5, 2023", not "may 5 percent").
  if (AMBIGUOUS_MONTHS.has(key) && token[0] === token[0]?.toLowerCase()) return undefined;
  return MONTHS[key];
};

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

const PATTERNS: readonly Pattern[] = [
  {
    // 23 Oktober 2022 · 17 Des 2021 · 20-21 Mei 2011 · 24 August, 2023 · 13th December 2022 · 13-Des-2022
    re: new RegExp(`\\b${DAY_PREFIX}${NOT_AFTER_NUMBER}(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:st|nd|rd|th)?(?:\\s+|-)${MONTH},?(?:\\s+|-)${YEAR}`, 'gi'),
    read: (m) => {
      const month = monthOf(m[3]);
      return month ? { day: num(m[1]), endDay: num(m[2]), month, year: num(m[4]) } : undefined;
    },
  },
  {
    // October 23, 2022 · Juli 17, 2023 · Aug. 2nd 2023
    re: new RegExp(`\\b${DAY_PREFIX}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b,?\\s+${YEAR}`, 'gi'),
    read: (m) => {
      const month = monthOf(m[1]);
      return month ? { day: num(m[2]), month, year: num(m[3]) } : undefined;
    },
  },
  {
    // 13/12/2022 · 17-03-2021 · (3/7/2019) · 21.12.2021 — day first, as Indonesia writes it
    re: new RegExp(`${DAY_PREFIX}${NOT_AFTER_NUMBER}(\\d{1,2})([/.-])(\\d{1,2})\\2${YEAR}`, 'gi'),
    read: (m) => {
      let day = Number(m[1]);
      let month = Number(m[3]);
      if (month > 12 && day <= 12) [day, month] = [month, day];
      return { day, month, year: num(m[4]) };
    },
  },
  {
    // Kamis-Jumat (21-22/3/2024): a range of days in one month, numerically
    re: new RegExp(`${DAY_PREFIX}${NOT_AFTER_NUMBER}(\\d{1,2})-(\\d{1,2})/(\\d{1,2})/${YEAR}`, 'gi'),
    read: (m) => ({ day: num(m[1]), endDay: num(m[2]), month: Number(m[3]), year: num(m[4]) }),
  },
  {
    // 2022-10-23 (and 2022/10/23) in text
    re: new RegExp(`${NOT_AFTER_NUMBER}${YEAR.replace('(?!\\d)', '')}([/-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, 'g'),
    read: (m) => ({ year: num(m[1]), month: Number(m[3]), day: num(m[4]) }),
  },
  {
    // Selasa (6/10) — a weekday vouches for a day/month pair without a year
    re: new RegExp(`\\b${DAY}\\s*,?\\s*\\(\\s*(\\d{1,2})/(\\d{1,2})\\s*\\)`, 'gi'),
    read: (m) => ({ day: num(m[1]), month: Number(m[2]) }),
  },
  {
    // pada 14 Juni (no year)
    re: new RegExp(`\\b${DAY_PREFIX}${NOT_AFTER_NUMBER}(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+${MONTH}`, 'gi'),
    read: (m) => {
      const month = monthOf(m[3]);
      return month ? { day: num(m[1]), endDay: num(m[2]), month } : undefined;
    },
  },
  {
    // Juli 2011 (month precision)
    re: new RegExp(`\\b${MONTH}\\s+${YEAR}`, 'gi'),
    read: (m) => {
      const month = monthOf(m[1]);
      return month ? { month, year: num(m[2]) } : undefined;
    },
  },
];

/** A time and zone right after a date: ", 14:05 WIB", " | 10:20 WIB", " / 07:48 pm", " pukul 09.00 WITA". */
const TIME_TAIL =
  /\)?[\s,|/•·@–—-]{0,6}(?:(?:pukul|pkl\.?|jam|at)\s*)?(\d{1,2})[:.](\d{2})(?![\d.,]\d)(?:[:.](\d{2})(?!\d))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*(WITA|WIB|WIT|GMT|UTC|Z)(?![A-Za-z])\s*([+-]\s*\d{1,2}(?::?\d{2})?)?|\s*([+-]\d{2}:?\d{2}))?/iy;

// ---------------------------------------------------------------------------------------------
// Offsets

/** "+0700" / "+7" / "+07:00" / "Z" / "WIB" / "Asia/Jakarta" -> "+07:00". */
export function normalizeOffset(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  const named = ZONE_OFFSETS[s.toLowerCase()];
  if (named) return named;
  const m = /^([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(s);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  return `${m[1]}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Offset of a zone word: WIB, WITA, WIT, IANA names. */
export function zoneOffset(zone: string): string | undefined {
  return ZONE_OFFSETS[zone.trim().toLowerCase()];
}

const offsetMinutes = (offset: string): number => {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
};

/** The same instant seen from another offset (needs a time and an offset). */
export function shiftToOffset(parts: DateParts, offset: string): DateParts {
  if (parts.hour === undefined || parts.offset === undefined || parts.offset === offset) return { ...parts, offset: parts.offset ?? offset };
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute ?? 0, parts.second ?? 0) - offsetMinutes(parts.offset) * 60_000;
  const local = new Date(utc + offsetMinutes(offset) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    offset,
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const pad = (n: number | undefined, width = 2): string => String(n ?? 0).padStart(width, '0');

/** "2022-10-23" */
export function formatDate(parts: Pick<DateParts, 'year' | 'month' | 'day'>): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/**
 * "2022-10-23T14:05:00+07:00"; a bare "2022-10-23" when no time is known. A time without a zone
 * takes `fallbackOffset` (and stays zone-less without one).
 */
export function formatIso(parts: DateParts, fallbackOffset?: string): string {
  if (parts.hour === undefined) return formatDate(parts);
  return `${formatDate(parts)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${parts.offset ?? fallbackOffset ?? ''}`;
}

// ---------------------------------------------------------------------------------------------
// Parsing

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const validDate = (year: number, month: number, day: number): boolean =>
  year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);

const ISO_TIMESTAMP =
  /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?\s*$/i;

/**
 * A machine timestamp (meta tags, JSON-LD, <time datetime>, feed pubDate): ISO 8601 and its
 * common variants ("2022/08/25 16:10:00", "2021-10-27 08:15:00"), else RFC 2822 and printed
 * dates through the text parser. Undefined when nothing valid is found.
 */
export function parseTimestamp(value: string): DateParts | undefined {
  const m = ISO_TIMESTAMP.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!validDate(year, month, day)) return undefined;
    const parts: DateParts = { year, month, day };
    if (m[4] !== undefined) {
      parts.hour = Number(m[4]);
      parts.minute = Number(m[5]);
      parts.second = Number(m[6] ?? '0');
      if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) return undefined;
    }
    const offset = normalizeOffset(m[7]);
    if (offset && parts.hour !== undefined) parts.offset = offset;
    return parts;
  }
  return parseDateText(value);
}

/**
 * The first complete date (day, month and year) printed in a short text such as a date line:
 * "Selasa, 13 Desember 2022 21:57 WIB", "Rabu (3/7/2019)", "13/12/2022, 21:57 WIB",
 * "Thu, August 24, 2023 / 07:48 pm". Time and zone come along when printed right after it.
 */
export function parseDateText(text: string): DateParts | undefined {
  for (const m of findDates(text)) {
    const parts = matchToParts(m);
    if (parts) return parts;
  }
  return undefined;
}

/** A found date as DateParts when the text printed it in full (day, month and year). */
export function matchToParts(m: DateMatch): DateParts | undefined {
  if (m.year === undefined || m.day === undefined || m.inferredYear) return undefined;
  const parts: DateParts = { year: m.year, month: m.month, day: m.day };
  if (m.hour !== undefined) {
    parts.hour = m.hour;
    parts.minute = m.minute ?? 0;
    parts.second = m.second ?? 0;
  }
  if (m.offset) parts.offset = m.offset;
  return parts;
}

/**
 * Every date expression in running text, in order, with offsets into `text`: full dates,
 * ranges ("20-21 Mei 2011"), weekday-anchored day/month pairs ("Selasa (6/10)"), day-month
 * without a year ("14 Juni"), and months ("Juli 2011"). Dates without a year get one from
 * `referenceDate` (the year that puts them nearest to it) or stay yearless.
 */
export function findDates(text: string, opts: FindDatesOptions = {}): DateMatch[] {
  const reference = opts.referenceDate ? parseTimestamp(opts.referenceDate) : undefined;
  const found: DateMatch[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      const read = p.read(m);
      if (!read) continue;
      // A sentence's full stop after a month name is not part of the date.
      const text = m[0].endsWith('.') ? m[0].slice(0, -1) : m[0];
      found.push({ ...read, start: m.index, end: m.index + text.length, text, inferredYear: false });
    }
  }
  // Longest match wins where two overlap (a full date beats its own "month year" tail).
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateMatch[] = [];
  let lastEnd = -1;
  for (const d of found) {
    if (d.start < lastEnd) continue;
    const m = complete(d, reference);
    if (!m) continue;
    withTime(m, text);
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

function complete(d: DateMatch, reference: DateParts | undefined): DateMatch | undefined {
  if (d.month < 1 || d.month > 12) return undefined;
  if (d.year === undefined && d.day !== undefined && reference) {
    // The year that puts the date nearest the reference: "Selasa (6/10)" in a January article is last October.
    let best: number | undefined;
    let bestDistance = Infinity;
    for (const y of [reference.year - 1, reference.year, reference.year + 1]) {
      if (!validDate(y, d.month, d.day)) continue;
      const distance = Math.abs(Date.UTC(y, d.month - 1, d.day) - Date.UTC(reference.year, reference.month - 1, reference.day));
      if (distance < bestDistance) [best, bestDistance] = [y, distance];
    }
    if (best === undefined) return undefined;
    d.year = best;
    d.inferredYear = true;
  }
  if (d.day !== undefined) {
    const y = d.year ?? 2000; // a leap year, so 29 February stays possible without one
    if (!validDate(y, d.month, d.day)) return undefined;
    if (d.endDay !== undefined && (d.endDay <= d.day || !validDate(y, d.month, d.endDay))) return undefined;
  } else if (d.year === undefined || d.year < 1900 || d.year > 2100) return undefined;
  return d;
}

function withTime(d: DateMatch, text: string): void {
  if (d.day === undefined) return;
  TIME_TAIL.lastIndex = d.end;
  const t = TIME_TAIL.exec(text);
  if (!t) return;
  let hour = Number(t[1]);
  const minute = Number(t[2]);
  const second = t[3] === undefined ? 0 : Number(t[3]);
  const meridiem = t[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return;
  d.hour = hour;
  d.minute = minute;
  d.second = second;
  const zone = t[5] ? normalizeOffset(t[5]) : undefined;
  // "GMT+7" is an offset from GMT; a bare zone word is its own offset.
  const offset = t[6] ? normalizeOffset(t[6].replace(/\s+/g, '')) : (zone ?? normalizeOffset(t[7]));
  if (offset) d.offset = offset;
  d.end = d.end + t[0].length;
  d.text = text.slice(d.start, d.end);
}
