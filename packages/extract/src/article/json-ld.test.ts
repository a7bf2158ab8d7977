import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld.ts';

describe('readJsonLd', () => {
  it('reads a NewsArticle object', () => {
    const ld = readJsonLd([
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Judul', datePublished: '2022-10-23T14:05:00+07:00', author: { '@type': 'Person', name: 'Sri Handi' }, publisher: { '@type': 'Organization', name: 'Surya Timur' }, articleBody: 'Isi berita.' }),
    ]);
    expect(ld).toMatchObject({ headline: 'Judul', datePublished: '2022-10-23T14:05:00+07:00', authors: ['Sri Handi'], publisher: 'Surya Timur', articleBody: 'Isi berita.' });
  });

  it('follows @id references in a Yoast @graph and finds the WebSite name', () => {
    const ld = readJsonLd([
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': 'https://x.example/#org', name: 'Syariah Post' },
          { '@type': 'WebSite', '@id': 'https://x.example/#website', name: 'Syariah Post Site' },
          { '@type': 'WebPage', '@id': 'https://x.example/a/', name: 'Page name - Syariah Post', datePublished: '2020-11-24T06:15:00+07:00' },
          { '@type': 'NewsArticle', headline: 'MES Teken MoU', author: [{ '@id': 'https://x.example/#p1' }], publisher: { '@id': 'https://x.example/#org' }, mainEntityOfPage: { '@id': 'https://x.example/a/' } },
          { '@type': 'Person', '@id': 'https://x.example/#p1', name: 'Hanifah Zahra' },
        ],
      }),
    ]);
    expect(ld).toMatchObject({ headline: 'MES Teken MoU', publisher: 'Syariah Post', siteName: 'Syariah Post Site', authors: ['Hanifah Zahra'], url: 'https://x.example/a/' });
  });

  it('takes an array of nodes and prefers the article over the WebPage', () => {
    const ld = readJsonLd([JSON.stringify([{ '@type': 'WebPage', headline: 'Web page', datePublished: '2021-10-27T08:15:00+07:00' }, { '@type': ['Article', 'NewsArticle'], headline: 'Artikel' }])]);
    expect(ld.headline).toBe('Artikel');
  });

  it('survives comments, CDATA, raw newlines in strings and broken blocks', () => {
    const ld = readJsonLd(['<!-- {"@type":"NewsArticle","headline":"Baris\nbaru"} -->', '{ broken', '//<![CDATA[\n{"@type":"WebSite","name":"Situs"}\n//]]>']);
    expect(ld.headline).toBe('Baris baru');
    expect(ld.siteName).toBe('Situs');
  });

  it('returns nothing useful for pages without JSON-LD', () => {
    expect(readJsonLd([])).toEqual({ authors: [] });
  });
});
