// Test support only: the project's own hostile and odd feeds, made here (nothing is downloaded),
// each with what a lenient reader should get out of it. The feed tests run them through the
// parser and through the real poller loop; `coopnews feeds check` is tried on some of them.
import iconv from 'iconv-lite';

export type Category =
  | 'state' // one feed must not change how the next one is read, nor hang the poll
  | 'redos' // markup that is slow for naive regexes
  | 'recovery' // slips a lenient reader recovers from
  | 'charset'
  | 'links-dates'
  | 'titles'
  | 'hostile-net' // what the server does rather than what the feed says
  | 'fairness';

export interface HostileFeed {
  /** Path-safe and unique: the test server serves it at `/feeds/<name>`. */
  name: string;
  category: Category;
  /** One line: what is odd about it. */
  what: string;
  body: Buffer;
  /** Response headers; content-type defaults to application/rss+xml without a charset. */
  headers?: Record<string, string>;
  status?: number;
  /** How the server misbehaves instead of answering normally. */
  behaviour?: 'hang' | 'drip';
  /** Items expected (links, in feed order), or the failure expected (a pattern of the error message). */
  expect: { links: string[]; titles?: (string | undefined)[]; dates?: (string | undefined)[]; dropped?: number } | { error: RegExp };
}

const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>\n';

function rssItem(base: string, n: number, extra = '', title = `Item ${n}`): string {
  return `<item><title>${title}</title><link>${base}/a/${n}</link><guid isPermaLink="false">id-${n}</guid><pubDate>Tue, 0${(n % 9) + 1} Dec 2026 08:00:00 GMT</pubDate>${extra}</item>`;
}

function rss(items: string, opts: { version?: string | null; decl?: string; channelExtra?: string; rootAttrs?: string } = {}): string {
  const version = opts.version === null ? '' : ` version="${opts.version ?? '2.0'}"`;
  return `${opts.decl ?? XML_DECL}<rss${version}${opts.rootAttrs ?? ''}><channel><title>Odd News</title><link>https://news.example/</link>${opts.channelExtra ?? ''}${items}</channel></rss>\n`;
}

function atom(entries: string, opts: { rootAttrs?: string; ns?: string } = {}): string {
  return `${XML_DECL}<feed xmlns="${opts.ns ?? 'http://www.w3.org/2005/Atom'}"${opts.rootAttrs ?? ''}><title>Odd Atom</title><id>urn:odd</id><updated>2026-12-03T00:00:00Z</updated>${entries}</feed>\n`;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const links = (base: string, ...ns: number[]): string[] => ns.map((n) => `${base}/a/${n}`);
const iso = (day: number): string => `2026-12-0${day}T08:00:00.000Z`;

/** Every case, with item links under `base` (the test server's origin, or any https origin for parse-only tests). */
export function hostileFeeds(base: string): HostileFeed[] {
  const two = rssItem(base, 1) + rssItem(base, 2);
  const cases: HostileFeed[] = [
    // --- state: each parse stands alone, and nothing hangs ---
    { name: 'decl-only', category: 'state', what: 'only an XML declaration, no root element', body: utf8(XML_DECL), expect: { error: /no root element|not parse|could not be read/i } },
    { name: 'comment-only', category: 'state', what: 'only a comment', body: utf8(`${XML_DECL}<!-- nothing here -->`), expect: { error: /no root element|not parse|could not be read/i } },
    { name: 'doctype-only', category: 'state', what: 'only a doctype', body: utf8(`${XML_DECL}<!DOCTYPE rss>`), expect: { error: /no root element|not parse|could not be read/i } },
    { name: 'empty-body', category: 'state', what: 'an empty 200 response', body: Buffer.alloc(0), expect: { error: /empty|no root element|not parse/i } },
    { name: 'plain-after-broken', category: 'state', what: 'a good feed read right after broken ones', body: utf8(rss(two)), expect: { links: links(base, 1, 2) } },

    // --- redos: the snippet regex rss-parser runs over every description is quadratic in unmatched '<' ---
    {
      name: 'snippet-redos',
      category: 'redos',
      what: 'a 160 KB description of unmatched "<"',
      body: utf8(rss(rssItem(base, 1, `<description>${'&lt;a'.repeat(40_000)}</description>`) + rssItem(base, 2, `<content:encoded><![CDATA[${'<p'.repeat(40_000)}]]></content:encoded>`), { rootAttrs: ' xmlns:content="http://purl.org/rss/1.0/modules/content/"' })),
      expect: { links: links(base, 1, 2) },
    },
    {
      name: 'atom-content-redos',
      category: 'redos',
      what: 'an Atom content of 40,000 unmatched "<"',
      body: utf8(atom(`<entry><title>A</title><id>urn:a:1</id><link href="${base}/a/1"/><updated>2026-12-01T08:00:00Z</updated><content type="html">${'&lt;b'.repeat(40_000)}</content></entry>`)),
      expect: { links: links(base, 1) },
    },

    // --- recovery: one slip must not lose the feed ---
    { name: 'no-version', category: 'recovery', what: '<rss> without a version attribute', body: utf8(rss(two, { version: null })), expect: { links: links(base, 1, 2) } },
    { name: 'bare-ampersand', category: 'recovery', what: 'a bare & in a title and a link', body: utf8(rss(rssItem(base, 1, '', 'Trade & Investment') + `<item><title>B</title><link>${base}/a/2?x=1&y=2</link></item>`)), expect: { links: [`${base}/a/1`, `${base}/a/2?x=1&y=2`], titles: ['Trade & Investment', 'B'] } },
    { name: 'html-entities', category: 'recovery', what: 'HTML entities XML does not define (&nbsp; &eacute; &mdash;)', body: utf8(rss(rssItem(base, 1, '', 'Caf&eacute;&nbsp;talk &mdash; UMKM'))), expect: { links: links(base, 1), titles: ['Café talk — UMKM'] } },
    { name: 'invalid-atom-date', category: 'recovery', what: 'one Atom entry with an invalid date', body: utf8(atom(`<entry><title>Bad date</title><id>urn:a:1</id><link href="${base}/a/1"/><published>yesterday-ish</published></entry><entry><title>Good</title><id>urn:a:2</id><link href="${base}/a/2"/><published>2026-12-02T08:00:00Z</published></entry>`)), expect: { links: links(base, 1, 2), dates: [undefined, iso(2)] } },
    { name: 'atom-link-no-attrs', category: 'recovery', what: 'an Atom <link/> without attributes next to a good one', body: utf8(atom(`<entry><title>A</title><id>urn:a:1</id><link/><link href="${base}/a/1"/></entry><entry><title>B</title><id>urn:a:2</id><link href="${base}/a/2"/></entry>`)), expect: { links: links(base, 1, 2) } },
    { name: 'rss-link-href', category: 'recovery', what: 'RSS items with <link href="..."/> instead of text', body: utf8(rss(`<item><title>A</title><link href="${base}/a/1"/></item>${rssItem(base, 2)}`)), expect: { links: links(base, 1, 2) } },
    { name: 'rss-no-channel', category: 'recovery', what: '<rss> whose items are not inside a <channel>', body: utf8(`${XML_DECL}<rss version="2.0"><title>No channel</title>${two}</rss>`), expect: { links: links(base, 1, 2) } },
    { name: 'leading-bom-space', category: 'recovery', what: 'whitespace and a BOM before the XML declaration', body: utf8(`\n \ufeff${rss(two)}`), expect: { links: links(base, 1, 2) } },
    { name: 'stray-bom-inside', category: 'recovery', what: 'a BOM in the middle of a title', body: utf8(rss(rssItem(base, 1, '', 'Stray\ufeff BOM'))), expect: { links: links(base, 1), titles: ['Stray BOM'] } },
    { name: 'bad-item-links', category: 'recovery', what: 'items with a javascript: link, no link and a good one', body: utf8(rss(`<item><title>X</title><link>javascript:alert(1)</link></item><item><title>Y</title></item>${rssItem(base, 3)}`)), expect: { links: links(base, 3), dropped: 2 } },
    { name: 'control-chars', category: 'recovery', what: 'C0 control characters XML forbids', body: utf8(rss(rssItem(base, 1, '', 'Bell\u0007 and\u000b tab'))), expect: { links: links(base, 1), titles: ['Bell and tab'] } },
    { name: 'junk-after-root', category: 'recovery', what: 'text after the closing </rss>', body: utf8(`${rss(two)}<!-- cache 12ms --> trailing junk <b>`), expect: { links: links(base, 1, 2) } },
    { name: 'truncated', category: 'recovery', what: 'a feed cut off in the middle of its third item', body: utf8(rss(two + rssItem(base, 3)).slice(0, rss(two).indexOf('</channel>') + 40)), expect: { links: links(base, 1, 2) } },
    { name: 'undefined-entity', category: 'recovery', what: 'an entity no one defines (&foo;)', body: utf8(rss(rssItem(base, 1, '', 'A &foo; B'))), expect: { links: links(base, 1), titles: ['A &foo; B'] } },
    { name: 'rss-091', category: 'recovery', what: 'an RSS 0.91 feed', body: utf8(rss(two, { version: '0.91' })), expect: { links: links(base, 1, 2) } },

    // --- charset ---
    { name: 'utf16le-no-bom', category: 'charset', what: 'UTF-16LE without a byte-order mark', body: iconv.encode(rss(rssItem(base, 1, '', 'Bisnis Ñ')).replace('utf-8', 'utf-16'), 'utf16le'), expect: { links: links(base, 1), titles: ['Bisnis Ñ'] } },
    { name: 'utf16be-bom', category: 'charset', what: 'UTF-16BE with a byte-order mark', body: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(rss(rssItem(base, 1, '', 'Ekspor €')).replace('utf-8', 'utf-16'), 'utf16be')]), expect: { links: links(base, 1), titles: ['Ekspor €'] } },
    { name: 'utf32le-bom', category: 'charset', what: 'UTF-32LE with a byte-order mark', body: iconv.encode(rss(rssItem(base, 1, '', 'Kerja sama ✓')).replace('utf-8', 'utf-32'), 'utf32le', { addBOM: true }), expect: { links: links(base, 1), titles: ['Kerja sama ✓'] } },
    { name: 'utf32be-no-bom', category: 'charset', what: 'UTF-32BE without a byte-order mark', body: iconv.encode(rss(rssItem(base, 1, '', 'Kerja sama ✓')).replace('utf-8', 'utf-32'), 'utf32be'), expect: { links: links(base, 1), titles: ['Kerja sama ✓'] } },
    { name: 'cp1252-undeclared', category: 'charset', what: 'windows-1252 bytes, no declaration at all', body: iconv.encode(rss(rssItem(base, 1, '', '“Café” – 5 €'), { decl: '' }), 'win1252'), expect: { links: links(base, 1), titles: ['“Café” – 5 €'] } },
    { name: 'cp1252-declared-utf8', category: 'charset', what: 'windows-1252 bytes declared as UTF-8', body: iconv.encode(rss(rssItem(base, 1, '', '“Café” – 5 €')), 'win1252'), expect: { links: links(base, 1), titles: ['“Café” – 5 €'] } },
    { name: 'cp1252-served-utf8', category: 'charset', what: 'windows-1252 bytes served as charset=utf-8', body: iconv.encode(rss(rssItem(base, 1, '', 'Kopi – “Gayo”'), { decl: '' }), 'win1252'), headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, expect: { links: links(base, 1), titles: ['Kopi – “Gayo”'] } },
    { name: 'utf8-served-latin1', category: 'charset', what: 'UTF-8 bytes served as charset=ISO-8859-1', body: utf8(rss(rssItem(base, 1, '', 'Société Générale – 2026'), { decl: '' })), headers: { 'content-type': 'text/xml; charset=ISO-8859-1' }, expect: { links: links(base, 1), titles: ['Société Générale – 2026'] } },
    { name: 'gb2312-quoted', category: 'charset', what: "a quoted charset='gb2312' in the Content-Type", body: iconv.encode(rss(rssItem(base, 1, '', '中国合作'), { decl: '<?xml version="1.0"?>\n' }), 'gb2312'), headers: { 'content-type': "application/xml; charset='gb2312'" }, expect: { links: links(base, 1), titles: ['中国合作'] } },
    { name: 'meta-in-cdata', category: 'charset', what: 'a <meta charset> inside CDATA must not beat the XML declaration', body: iconv.encode(rss(rssItem(base, 1, '<description><![CDATA[<meta charset="windows-1251"> x]]></description>', 'Koperasi – Zürich'), { decl: '<?xml version="1.0" encoding="iso-8859-1"?>\n' }), 'win1252'), expect: { links: links(base, 1), titles: ['Koperasi – Zürich'] } },
    { name: 'latin1-declared', category: 'charset', what: 'ISO-8859-1 declared in the XML declaration', body: iconv.encode(rss(rssItem(base, 1, '', 'Crème brûlée'), { decl: '<?xml version="1.0" encoding="ISO-8859-1"?>\n' }), 'latin1'), expect: { links: links(base, 1), titles: ['Crème brûlée'] } },

    // --- links and dates ---
    { name: 'xml-base', category: 'links-dates', what: 'relative links under xml:base on the feed and on an entry', body: utf8(atom(`<entry><title>A</title><id>urn:a:1</id><link href="1"/></entry><entry xml:base="${base}/b/"><title>B</title><id>urn:a:2</id><link href="../a/2"/></entry>`, { rootAttrs: ` xml:base="${base}/a/"` })), expect: { links: links(base, 1, 2) } },
    { name: 'enclosure-first', category: 'links-dates', what: 'an enclosure link (.mp3) before the alternate one', body: utf8(atom(`<entry><title>A</title><id>urn:a:1</id><link rel="enclosure" type="audio/mpeg" href="${base}/media/1.mp3"/><link rel="self" href="${base}/api/1"/><link href="${base}/a/1"/></entry>`)), expect: { links: links(base, 1) } },
    { name: 'alternate-html-preferred', category: 'links-dates', what: 'two alternates: a PDF one first, then HTML', body: utf8(atom(`<entry><title>A</title><id>urn:a:1</id><link rel="alternate" type="application/pdf" href="${base}/pdf/1"/><link rel="alternate" type="text/html" href="${base}/a/1"/></entry>`)), expect: { links: links(base, 1) } },
    { name: 'content-location', category: 'links-dates', what: 'relative links resolved against the Content-Location header', body: utf8(rss('<item><title>A</title><link>a/1</link></item>')), headers: { 'content-location': `${base}/` }, expect: { links: links(base, 1) } },
    { name: 'rss1-dc-date', category: 'links-dates', what: 'RSS 1.0 dated by dc:date', body: utf8(`${XML_DECL}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${base}/"><title>R1</title><link>${base}/</link></channel><item rdf:about="${base}/a/1"><title>A</title><link>${base}/a/1</link><dc:date>2026-12-01T08:00:00Z</dc:date></item></rdf:RDF>`), expect: { links: links(base, 1), dates: [iso(1)] } },
    { name: 'rss1-prefixed', category: 'links-dates', what: 'RSS 1.0 with a prefix on its own namespace (rss:item)', body: utf8(`${XML_DECL}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/"><rss:channel rdf:about="${base}/"><rss:title>R1</rss:title><rss:link>${base}/</rss:link></rss:channel><rss:item rdf:about="${base}/a/1"><rss:title>A</rss:title><rss:link>${base}/a/1</rss:link></rss:item></rdf:RDF>`), expect: { links: links(base, 1), titles: ['A'] } },
    { name: 'dcterms-dates', category: 'links-dates', what: 'RSS 2.0 items dated by dcterms:issued and dcterms:modified only', body: utf8(rss(`<item><title>A</title><link>${base}/a/1</link><dcterms:issued>2026-12-01T08:00:00Z</dcterms:issued></item><item><title>B</title><link>${base}/a/2</link><dcterms:modified>2026-12-02T08:00:00Z</dcterms:modified></item>`, { rootAttrs: ' xmlns:dcterms="http://purl.org/dc/terms/"' })), expect: { links: links(base, 1, 2), dates: [iso(1), iso(2)] } },
    { name: 'atom03-issued', category: 'links-dates', what: 'Atom 0.3 entries dated by issued / modified', body: utf8(atom(`<entry><title>A</title><id>urn:a:1</id><link rel="alternate" type="text/html" href="${base}/a/1"/><issued>2026-12-01T08:00:00Z</issued></entry><entry><title>B</title><id>urn:a:2</id><link rel="alternate" type="text/html" href="${base}/a/2"/><modified>2026-12-02T08:00:00Z</modified></entry>`, { ns: 'http://purl.org/atom/ns#', rootAttrs: ' version="0.3"' })), expect: { links: links(base, 1, 2), dates: [iso(1), iso(2)] } },
    { name: 'atom-prefixed', category: 'links-dates', what: 'Atom with a prefix on its own namespace (a:entry)', body: utf8(`${XML_DECL}<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title><a:entry><a:title>A</a:title><a:id>urn:a:1</a:id><a:link href="${base}/a/1"/><a:updated>2026-12-01T08:00:00Z</a:updated></a:entry></a:feed>`), expect: { links: links(base, 1), dates: [iso(1)] } },
    { name: 'guid-permalink', category: 'links-dates', what: 'items with only a permalink guid', body: utf8(rss(`<item><title>A</title><guid>${base}/a/1</guid></item>`)), expect: { links: links(base, 1) } },

    // --- titles: plain text only ---
    { name: 'title-script', category: 'titles', what: 'a title with <script> and an onerror image (escaped)', body: utf8(rss(rssItem(base, 1, '', 'Hello &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; world'))), expect: { links: links(base, 1), titles: ['Hello alert(1) world'] } },
    { name: 'title-cdata-markup', category: 'titles', what: 'a CDATA title with tags', body: utf8(rss(rssItem(base, 1, '', '<![CDATA[<b>MoU</b> <i>signed</i>]]>'))), expect: { links: links(base, 1), titles: ['MoU signed'] } },
    { name: 'title-atom-xhtml', category: 'titles', what: 'an Atom xhtml title', body: utf8(atom(`<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Deal <b>done</b></div></title><id>urn:a:1</id><link href="${base}/a/1"/></entry>`)), expect: { links: links(base, 1), titles: ['Deal done'] } },

    // --- hostile network and hostile XML ---
    { name: 'server-hangs', category: 'hostile-net', what: 'the server accepts and never answers', body: Buffer.alloc(0), behaviour: 'hang', expect: { error: /timed out/i } },
    { name: 'server-500', category: 'hostile-net', what: 'HTTP 500', body: utf8('oops'), status: 500, expect: { error: /HTTP 500/ } },
    { name: 'html-not-feed', category: 'hostile-net', what: 'an HTML page where a feed should be', body: utf8('<!doctype html><html><head><title>Home</title></head><body><p>Hello & welcome<br></body></html>'), headers: { 'content-type': 'text/html' }, expect: { error: /not an RSS or Atom feed|not parse|not recogni/i } },
    { name: 'billion-laughs', category: 'hostile-net', what: 'an XML entity bomb', body: utf8(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><title>&lol3;</title>${rssItem(base, 1)}</channel></rss>`), expect: { links: links(base, 1) } },
    { name: 'external-entity', category: 'hostile-net', what: 'an external entity naming /etc/passwd', body: utf8(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><link>${base}/a/1</link></item></channel></rss>`), expect: { links: links(base, 1), titles: ['&xxe;'] } },
    { name: 'deep-nesting', category: 'hostile-net', what: '50,000 nested elements inside a description', body: utf8(rss(rssItem(base, 1, `<description>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</description>`) + rssItem(base, 2))), expect: { links: links(base, 1, 2) } },
    { name: 'slow-drip', category: 'hostile-net', what: 'the server sends one byte a second', body: utf8(rss(two)), behaviour: 'drip', expect: { error: /timed out/i } },

    // --- fairness: one big feed gives a capped, newest-first share per poll ---
    {
      name: 'ten-thousand',
      category: 'fairness',
      what: '10,000 items, oldest first',
      body: utf8(rss(Array.from({ length: 10_000 }, (_, i) => `<item><title>T${i}</title><link>${base}/big/${i}</link><pubDate>${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString()}</pubDate></item>`).join(''))),
      expect: { links: Array.from({ length: 10_000 }, (_, i) => `${base}/big/${i}`) },
    },
  ];
  return cases;
}
