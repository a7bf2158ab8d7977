import { describe, expect, it } from 'vitest';
import { hasCredentials, stripCredentials, stripCredentialsInText, withoutCredentials } from './url-credentials.ts';

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

describe('withoutCredentials', () => {
  it('strips every URL in every string at any depth, inside text too', () => {
    const record = {
      url: 'https://user:secret@news.example/a',
      sources: [{ url: 'http://u@news.example/b', quote: 'see ftp://anon:pw@files.example/x and https://news.example/c' }],
      note: 'cannot POST to http://admin:hunter2@hooks.example/h: refused',
      n: 3,
      ok: true,
    };
    expect(withoutCredentials(record)).toEqual({
      url: 'https://news.example/a',
      sources: [{ url: 'http://news.example/b', quote: 'see ftp://files.example/x and https://news.example/c' }],
      note: 'cannot POST to http://hooks.example/h: refused',
      n: 3,
      ok: true,
    });
    expect(record.url).toBe('https://user:secret@news.example/a');
  });

  it('returns what has no credentials as it is, and leaves @ outside user info alone', () => {
    const clean = { url: 'https://news.example/a@b', mail: 'humas@kemenkop.go.id', list: ['x'] };
    expect(withoutCredentials(clean)).toBe(clean);
    expect(stripCredentialsInText('mail humas@kemenkop.go.id, https://news.example/p?to=a@b')).toBe('mail humas@kemenkop.go.id, https://news.example/p?to=a@b');
  });
});
