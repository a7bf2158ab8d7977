import { describe, expect, it } from 'vitest';
import { csvCell, csvLines } from './csv.ts';
import { table } from './table.ts';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(['KR', 'ID-JT'])).toBe('KR; ID-JT');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-5 ribu')).toBe("'-5 ribu");
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes a header then one CRLF row per item', async () => {
    async function* items() {
      yield { a: 'x', b: 'y,z' };
    }
    const out: string[] = [];
    for await (const l of csvLines(items(), table<{ a: string; b: string }>(['a', 'string', (i) => i.a], ['b', 'string', (i) => i.b]))) out.push(l);
    expect(out.join('')).toBe('a,b\r\nx,"y,z"\r\n');
  });
});
