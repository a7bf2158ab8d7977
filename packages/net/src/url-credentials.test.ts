import { describe, expect, it } from 'vitest';
import { hasCredentials, stripCredentials } from './url-credentials.ts';

describe('stripCredentials', () => {
  it.each([
    ['http://user:pass@news.example/a?x=1#f', 'http://news.example/a?x=1#f'],
    ['https://user@news.example/', 'https://news.example/'],
    ['https://:secret@news.example/a', 'https://news.example/a'],
    ['https://news.example/a', 'https://news.example/a'],
  ])('%s -> %s', (input, output) => {
    expect(stripCredentials(input)).toBe(output);
    expect(hasCredentials(output)).toBe(false);
  });

  it('leaves what is not an absolute URL as it is', () => {
    expect(stripCredentials('/relative')).toBe('/relative');
  });
});
