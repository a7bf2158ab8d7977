import { describe, expect, it } from 'vitest';
import { findDates, formatIso, normalizeOffset, parseDateText, parseTimestamp, shiftToOffset, zoneOffset } from './dates.ts';

const iso = (text: string, fallback?: string): string | undefined => {
  const p = parseDateText(text);
  return p && formatIso(p, fallback);
};

describe('parseDateText: date lines as outlets print them', () => {
  it.each([
    ['Selasa, 13 Desember 2022 21:57 WIB', '2022-12-13T21:57:00+07:00'],
    ['23 Oktober 2022, 14:05 WIB', '2022-10-23T14:05:00+07:00'],
    ['13/12/2022, 21:57 WIB', '2022-12-13T21:57:00+07:00'],
    ['Rabu 17-03-2021,19:17 WIB', '2021-03-17T19:17:00+07:00'],
    ['Jumat, 17 Des 2021 | 10:20 WIB', '2021-12-17T10:20:00+07:00'],
    ['Minggu, 24 Desember 2017 | 11:20 WIB', '2017-12-24T11:20:00+07:00'],
    ['Selasa, 21 Desember 2021 - 19:32 WIB | Dibaca: 412 kali', '2021-12-21T19:32:00+07:00'],
    ['SumutTerkini - 27/10/2021, 08:15 WIB', '2021-10-27T08:15:00+07:00'],
    ['Kamis, 25 Agustus 2022 16:10 WITA', '2022-08-25T16:10:00+08:00'],
    ['Senin, 3 Juli 2023 pukul 09.30 WIT', '2023-07-03T09:30:00+09:00'],
    ['Sabtu, 5 Agt 2023 07:00 WIB', '2023-08-05T07:00:00+07:00'],
    ['Rabu, 12 Okt 2022 - 10:15', '2022-10-12T10:15:00'],
    ['Kamis, 1 Mei 2014 08:00 GMT+7', '2014-05-01T08:00:00+07:00'],
    ['Senin (23/10/2022) pukul 10.00 WIB', '2022-10-23T10:00:00+07:00'],
    ['Diposting: 13-Des-2022 21:57', '2022-12-13T21:57:00'],
    ['Tuesday, 13th December 2022 - 21:57 WIB', '2022-12-13T21:57:00+07:00'],
    ['2022-12-13 21:57:08 WIB', '2022-12-13T21:57:08+07:00'],
  ])('%s', (text, want) => {
    expect(iso(text)).toBe(want);
  });

  it('reads a weekday with a numeric date in parentheses', () => {
    expect(iso('Rabu (3/7/2019)')).toBe('2019-07-03');
  });

  it('reads English dates, with 12-hour clocks', () => {
    expect(iso('October 23, 2022')).toBe('2022-10-23');
    expect(iso('Thu, August 24, 2023 / 07:48 pm')).toBe('2023-08-24T19:48:00');
    expect(iso('Wed, August 2, 2023 • 4:40 PM', '+07:00')).toBe('2023-08-02T16:40:00+07:00');
    expect(iso('24 August 2023')).toBe('2023-08-24');
    expect(iso('Sept. 4, 2017, 12:05 a.m.')).toBe('2017-09-04T00:05:00');
  });

  it('reads a month-first Indonesian date (jnews top bars)', () => {
    expect(iso('Senin, Juli 17, 2023')).toBe('2023-07-17');
  });

  it('rejects impossible dates and bare numbers', () => {
    expect(parseDateText('31 Februari 2022')).toBeUndefined();
    expect(parseDateText('Rp306.548.050.000')).toBeUndefined();
    expect(parseDateText('harga naik 4,94 persen')).toBeUndefined();
    expect(parseDateText('Juli 2011')).toBeUndefined(); // no day: not a publication date
  });
});

describe('parseTimestamp: machine timestamps', () => {
  it('keeps the offset it is given', () => {
    expect(formatIso(parseTimestamp('2022-10-23T14:05:00+07:00')!)).toBe('2022-10-23T14:05:00+07:00');
    expect(formatIso(parseTimestamp('2017-09-04T08:30:00+08:00')!)).toBe('2017-09-04T08:30:00+08:00');
    expect(parseTimestamp('2023-02-09T06:21:05Z')?.offset).toBe('+00:00');
    expect(parseTimestamp('2023-02-09T06:21:05.123+0700')?.offset).toBe('+07:00');
  });

  it('reads zone-less CMS variants as local wall time', () => {
    expect(parseTimestamp('2022/08/25 16:10:00')).toEqual({ year: 2022, month: 8, day: 25, hour: 16, minute: 10, second: 0 });
    expect(parseTimestamp('2021-10-27 08:15:00')?.offset).toBeUndefined();
    expect(formatIso(parseTimestamp('2016-03-08')!)).toBe('2016-03-08');
  });

  it('reads RFC 2822 feed dates', () => {
    expect(formatIso(parseTimestamp('Sun, 23 Oct 2022 14:05:00 +0700')!)).toBe('2022-10-23T14:05:00+07:00');
    expect(formatIso(parseTimestamp('Sun, 23 Oct 2022 07:05:00 GMT')!)).toBe('2022-10-23T07:05:00+00:00');
  });

  it('rejects garbage', () => {
    expect(parseTimestamp('')).toBeUndefined();
    expect(parseTimestamp('2022-13-40T00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('kemarin sore')).toBeUndefined();
  });
});

describe('offsets and zones', () => {
  it('names Indonesian zones', () => {
    expect(zoneOffset('WIB')).toBe('+07:00');
    expect(zoneOffset('wita')).toBe('+08:00');
    expect(zoneOffset('WIT')).toBe('+09:00');
    expect(zoneOffset('Asia/Makassar')).toBe('+08:00');
  });

  it('normalizes offsets', () => {
    expect(normalizeOffset('+0700')).toBe('+07:00');
    expect(normalizeOffset('+7')).toBe('+07:00');
    expect(normalizeOffset('-05:30')).toBe('-05:30');
    expect(normalizeOffset('Z')).toBe('+00:00');
    expect(normalizeOffset('+25')).toBeUndefined();
  });

  it('shifts a UTC instant to the outlet zone, across midnight', () => {
    const utc = parseTimestamp('2022-10-22T20:30:00Z')!;
    expect(formatIso(shiftToOffset(utc, '+07:00'))).toBe('2022-10-23T03:30:00+07:00');
    expect(formatIso(shiftToOffset(parseTimestamp('2022-12-31T18:00:00+00:00')!, '+09:00'))).toBe('2023-01-01T03:00:00+09:00');
  });
});

describe('findDates: dates in running text', () => {
  it('finds every expression with offsets into the text', () => {
    const text = 'Pertemuan di Big Sky Montana pada 20-21 Mei 2011. GBC akan diresmikan pada Juli 2011 di Jakarta.';
    const found = findDates(text);
    expect(found.map((d) => d.text)).toEqual(['20-21 Mei 2011', 'Juli 2011']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(found[0]).toMatchObject({ year: 2011, month: 5, day: 20, endDay: 21 });
    expect(found[1]).toMatchObject({ year: 2011, month: 7 });
    expect(found[1]?.day).toBeUndefined();
  });

  it('completes yearless dates from the reference date, nearest year first', () => {
    const found = findDates('Agus menerima delegasi di Jakarta, Selasa (6/10), dan MoU diteken 14 Januari.', { referenceDate: '2015-10-07T10:12:00+07:00' });
    expect(found.map((d) => [d.text, d.year, d.month, d.day, d.inferredYear])).toEqual([
      ['Selasa (6/10)', 2015, 10, 6, true],
      ['14 Januari', 2016, 1, 14, true],
    ]);
  });

  it('leaves yearless dates yearless without a reference', () => {
    const [d] = findDates('pada 14 Juni lalu');
    expect(d).toMatchObject({ month: 6, day: 14, text: '14 Juni' });
    expect(d?.year).toBeUndefined();
  });

  it('reads weekday-anchored numeric dates and day ranges', () => {
    expect(findDates('Kunjungan itu berlangsung pada Kamis-Jumat (21-22/3/2024).')[0]).toMatchObject({ year: 2024, month: 3, day: 21, endDay: 22 });
    expect(findDates('diteken pada Selasa (21/12/2021) di Madiun')[0]).toMatchObject({ text: 'Selasa (21/12/2021', year: 2021, month: 12, day: 21 });
  });

  it('treats "may" as a month only when capitalised', () => {
    expect(findDates('prices may 5 percent higher in 2023')).toEqual([]);
    expect(findDates('signed on May 5, 2023')[0]).toMatchObject({ year: 2023, month: 5, day: 5 });
  });
});
