import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../cli/src/decode-html.ts';
import * as hostile from '../../../tests/helpers/hostile-pages.ts';
import { extractArticle } from './article/extract-article.ts';
import { extract } from './extract.ts';
import { sniffBinary, sniffLanguage } from './sniff.ts';

const url = 'https://news.example/berita/1';

describe('content sniffing: binary files and noise served as HTML', () => {
  const binaries: Array<[string, Buffer, RegExp]> = [
    ['a PNG', hostile.png(), /PNG image/],
    ['a PDF', hostile.pdf(), /PDF document/],
    ['random bytes', hostile.byteNoise(), /binary data: \d+\.\d% of its characters/],
  ];
  for (const [what, bytes, why] of binaries) {
    for (const [charset, decode] of [['UTF-8', hostile.asUtf8], ['windows-1252', hostile.asWindows1252]] as const) {
      it(`refuses ${what} decoded as ${charset}, with no records`, () => {
        const html = decode(bytes);
        expect(sniffBinary(html)).toMatch(why);
        expect(() => extract(html, { url })).toThrow(expect.objectContaining({ code: 'ERR_EXTRACT_NOT_TEXT', url, message: expect.stringMatching(why) }));
      });
    }
  }

  const noise: Array<[string, string, RegExp]> = [
    ['base64', hostile.base64Page(), /no words/],
    ['a hex dump and symbols', hostile.hexPage(), /mostly not letters/],
    ['random letters', hostile.gibberishPage(), /vowels/],
  ];
  for (const [what, html, why] of noise) {
    it(`refuses a page of ${what} around an MoU sentence, with no records`, () => {
      expect(sniffBinary(html)).toBeUndefined();
      expect(() => extract(html, { url })).toThrow(expect.objectContaining({ code: 'ERR_EXTRACT_NOT_TEXT', message: expect.stringMatching(why) }));
    });
  }

  it('refuses base64 in short lines too (case changes inside words)', () => {
    const lines = hostile.noise(6_000, 29).toString('base64').match(/.{1,30}/g) ?? [];
    expect(sniffLanguage(lines.join(' '))).toMatch(/case changes inside words/);
  });

  it('keeps the article that the noise pages carry, and a page with a few stray NULs and bad bytes', () => {
    expect(extract(hostile.articlePage(), { url }).agreements.length).toBeGreaterThan(0);
    const scarred = hostile.articlePage('Jabar dan Gyeonggi Teken MoU', '<p>Kutipan \u0000 rusak \ufffd caf\ufffd.</p>');
    expect(sniffBinary(scarred)).toBeUndefined();
    expect(extract(scarred, { url }).agreements.length).toBeGreaterThan(0);
  });

  it('leaves short texts alone (too little to judge)', () => {
    expect(sniffLanguage('UMKM 2023: 15%')).toBeUndefined();
  });
});

const shared = new URL('../../../../shared/', import.meta.url).pathname;
const corpusDir = join(shared, 'corpus/dev');
const seedsDir = join(shared, 'seeds');

/** Every page of a corpus folder (corpus.json + pages) passes both sniffs. */
function keepsEveryArticle(dir: string): void {
  const index = existsSync(dir) ? (JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { articles: { url: string; html: string }[] }).articles : [];
  it.each(index.map((a) => [a.html, a.url] as const))('%s is text in a language', (file, pageUrl) => {
    const html = decodeHtml(readFileSync(join(dir, file)));
    expect(sniffBinary(html)).toBeUndefined();
    expect(sniffLanguage(extractArticle(html, { url: pageUrl }).article.text)).toBeUndefined();
  });
}

describe('content sniffing keeps every sample article (samples/)', () => keepsEveryArticle(new URL('../../../samples', import.meta.url).pathname));

describe.skipIf(!existsSync(corpusDir))('content sniffing keeps every dev corpus article (../shared/corpus/dev; skipped when absent)', () => keepsEveryArticle(corpusDir));

describe.skipIf(!existsSync(seedsDir))('content sniffing keeps the seed articles (../shared/seeds; skipped when absent)', () => {
  const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : [];
  it.each(seeds)('%s is text in a language', (file) => {
    const text = readFileSync(join(seedsDir, file), 'utf8');
    expect(sniffBinary(text)).toBeUndefined();
    expect(sniffLanguage(text)).toBeUndefined();
  });
});
