import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../errors.ts';
import { extractArticle } from './extract-article.ts';

/** Invented pages in the layouts Indonesian outlets use; none is a copy of a corpus page. */

const P1 = 'Pemerintah Kabupaten Banyumas menjalin kerja sama dengan Pemerintah Kota Gwangju, Korea Selatan, untuk pengembangan usaha mikro, kecil dan menengah (UMKM) di daerah itu.';
const P2 = 'Bupati Banyumas mengatakan, kerja sama tersebut meliputi pelatihan pengemasan, pemasaran digital, serta pertukaran pelaku usaha antara kedua daerah selama tiga tahun ke depan.';
const P3 = '"Kami berharap produk UMKM Banyumas bisa masuk ke pasar Korea, terutama makanan olahan dan kerajinan bambu," ujarnya saat ditemui di Purwokerto, Senin.';
const P4 = 'Sementara itu, perwakilan Kota Gwangju menyebut nota kesepahaman akan ditandatangani pada awal tahun depan setelah kajian teknis selesai dilakukan oleh kedua pihak.';

const wordpress = (head: string, extra = ''): string => `<!doctype html><html lang="en-US"><head><meta charset="utf-8">${head}</head>
<body class="single single-post has-sidebar">
<div class="top-bar">Rabu, 11 Januari 2023</div>
<header id="masthead"><nav><ul><li><a href="/">Beranda</a></li><li><a href="/ekonomi">Ekonomi</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="primary">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Banyumas Gandeng Gwangju Kembangkan UMKM</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2023-01-10T17:45:00+00:00">11 Januari 2023</time></span> oleh <span class="author">Redaksi</span></div></header>
<figure class="wp-caption"><img src="a.jpg"><figcaption>Bupati menerima delegasi Gwangju. (Foto: Humas Pemkab Banyumas)</figcaption></figure>
<div class="entry-content no-share">
<p><strong>PURWOKERTO</strong> – ${P1}</p>
<p>${P2}</p>
<p><strong>Baca Juga:</strong> <a href="/x">Harga Gula Jawa di Banyumas Naik Jelang Ramadan</a></p>
<p>${P3}</p>
<div class="code-block"><ins class="adsbygoogle"></ins></div>
<p>${P4} <strong>Baca juga:</strong> <a href="/y">Festival Kentongan Kembali Digelar</a></p>
${extra}
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/t">UMKM</a>, <a href="/t2">Korea</a></span></footer>
<div class="sharedaddy"><h3>Bagikan ini:</h3><a href="#">Facebook</a><a href="#">WhatsApp</a></div>
</article>
<div class="related-posts"><h3>Berita Terkait</h3><ul><li><a href="/r1">Ekspor Gula Kelapa Banyumas Tembus Eropa</a></li><li><a href="/r2">Pelatihan Batik untuk 40 Perajin</a></li></ul></div>
<div id="comments" class="comments-area"><h3 class="comment-reply-title">Tinggalkan Balasan</h3><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p><textarea></textarea></div>
</main>
<aside class="widget-area"><section class="widget"><h2>Terpopuler</h2><ul><li><a href="/p1">Jalan Rusak di Ajibarang Dikeluhkan Warga Sejak Lama</a></li></ul></section></aside>
</div>
<footer class="site-footer"><p>Copyright © 2023 Kabar Serayu. All rights reserved.</p></footer>
</body></html>`;

describe('extractArticle on a WordPress layout', () => {
  const html = wordpress(
    `<title>Banyumas Gandeng Gwangju Kembangkan UMKM - Kabar Serayu</title>
<meta property="og:site_name" content="Kabar Serayu"><meta property="og:locale" content="id_ID">
<meta property="article:published_time" content="2023-01-10T17:45:00+00:00">
<link rel="canonical" href="/2023/01/11/banyumas-gandeng-gwangju/">`,
  );
  const { article } = extractArticle(html, { url: 'https://kabarserayu.example/?p=123' });

  it('keeps the story paragraphs, in order, separated by blank lines', () => {
    expect(article.text.split('\n\n')).toEqual([`PURWOKERTO – ${P1}`, P2, P3, P4]);
  });

  it('drops "Baca juga", captions, tags, share bars, related lists, comments, sidebars and footers', () => {
    for (const junk of ['Baca Juga', 'Harga Gula Jawa', 'Festival Kentongan', 'Foto:', 'Tags', 'Bagikan', 'Berita Terkait', 'Ekspor Gula Kelapa', 'Tinggalkan Balasan', 'Alamat email', 'Terpopuler', 'Copyright', 'Beranda']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('reads metadata: title without the outlet, outlet, canonical URL, language over a theme lang', () => {
    expect(article.title).toBe('Banyumas Gandeng Gwangju Kembangkan UMKM');
    expect(article.outlet).toBe('Kabar Serayu');
    expect(article.canonicalUrl).toBe('https://kabarserayu.example/2023/01/11/banyumas-gandeng-gwangju/');
    expect(article.language).toBe('id');
    expect(article.url).toBe('https://kabarserayu.example/?p=123');
  });

  it('moves a UTC meta time into WIB, so the date is the one the outlet printed', () => {
    expect(article.publishedAt).toBe('2023-01-11T00:45:00+07:00');
  });

  it('is deterministic', () => {
    expect(extractArticle(html, { url: 'https://kabarserayu.example/?p=123' }).article).toEqual(article);
  });
});

describe('extractArticle on an old table layout with <br> paragraphs', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>PAPUA POS :: Jayapura dan Vanimo Sepakati Pasar Perbatasan</title></head>
<body><table width="100%"><tr><td class="menu"><a href="/">HOME</a> | <a href="/daerah">DAERAH</a></td><td><font size="1">Jumat, 13-01-2023</font></td></tr></table>
<table><tr><td width="640" valign="top">
<div class="judul">Jayapura dan Vanimo Sepakati Pasar Perbatasan</div>
<div class="tgl"><font size="1">Kamis, 12 Januari 2023 - 19:05 WIT | Dibaca: 1.204 kali</font></div>
<div class="isi">
JAYAPURA (PP) - ${P1}<br><br>${P2}<br><br><b>Baca Juga :</b> <a href="/a">Harga Pinang Naik di Pasar Youtefa</a><br><br>${P3}<br><br>
<center><img src="iklan.gif"><br><font size="1">- iklan -</font></center><br>${P4} (pp/ed)<br><br>
Editor: Yohanes Wenda<br>
</div>
<div class="share">Share : <a href="#">Facebook</a> | <a href="#">Twitter</a></div>
<table><tr><td><b>BERITA LAINNYA</b></td></tr><tr><td>&raquo; <a href="/b">Kapal Perintis Kembali Layani Rute Sarmi</a></td></tr></table>
<div class="komentar"><b>KOMENTAR</b><br>Silakan berkomentar dengan bijak.</div>
</td><td width="300" class="kanan"><h3>TERPOPULER</h3><ol><li><a href="/p">Banjir di Sentani Surut</a></li></ol></td></tr></table>
<div class="footer">Copyright &copy; 2023 Papua Pos | All Rights Reserved</div></body></html>`;
  const { article } = extractArticle(html, { url: 'https://www.papuapos.example/berita/read/77/jayapura-dan-vanimo' });

  it('splits <br><br> runs into paragraphs and drops inline boilerplate lines', () => {
    expect(article.text).toBe([`JAYAPURA (PP) - ${P1}`, P2, P3, `${P4} (pp/ed)`].join('\n\n'));
  });

  it('takes the date printed under the headline, not the masthead date, in WIT', () => {
    expect(article.publishedAt).toBe('2023-01-12T19:05:00+09:00');
  });

  it('derives title and outlet without og tags', () => {
    expect(article.title).toBe('Jayapura dan Vanimo Sepakati Pasar Perbatasan');
    expect(article.outlet).toBe('Papuapos');
    expect(article.language).toBe('id');
  });
});

describe('extractArticle on a story split over pages', () => {
  const html = `<html lang="id"><head><meta property="og:title" content="Kerja Sama Banyumas-Gwangju"><meta name="content_PublishedDate" content="2023-01-10 21:15:00"></head><body>
<div class="container"><div class="col-8">
<h1 class="read__title">Kerja Sama Banyumas-Gwangju</h1><div class="read__time">Kabar - 10/01/2023, 21:15 WIB</div>
<div class="read__content"><p>${P1}</p><p>${P2}</p></div>
<div class="paging"><span>Halaman</span> <a href="?page=1">1</a><a href="?page=2">2</a> <a href="?page=2">Selanjutnya</a></div>
<div class="ads">ADVERTISEMENT</div>
<div class="read__bottom"><p class="read__notice">Simak breaking news dan berita pilihan kami langsung di ponselmu lewat saluran WhatsApp.</p></div>
<div class="related"><h3>Berita Terkait</h3><ul><li><a href="/1">Satu judul berita lain yang cukup panjang untuk dihitung</a></li><li><a href="/2">Dua judul berita lain yang juga cukup panjang</a></li><li><a href="/3">Tiga judul berita lain dengan panjang serupa</a></li></ul></div>
<div class="read__content read__content--page-2"><p>${P3}</p><p>${P4}</p></div>
<div class="read__editor">Editor : Sari Dewi</div>
</div></div></body></html>`;
  const { article } = extractArticle(html, { url: 'https://kabar.example/read/2023/01/10/1' });

  it('joins the pages and leaves the pager out', () => {
    expect(article.text).toBe([P1, P2, P3, P4].join('\n\n'));
  });

  it('puts a zone-less CMS time in the zone the page prints', () => {
    expect(article.publishedAt).toBe('2023-01-10T21:15:00+07:00');
  });
});

describe('extractArticle with structured data', () => {
  it('uses a complete JSON-LD articleBody when the page renders its body by script', () => {
    const body = [P1, P2, 'Baca juga: Judul lain yang tidak termasuk', P3].join('\n');
    const html = `<html lang="id"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Banyumas dan Gwangju', datePublished: '2023-01-10T08:00:00+07:00', articleBody: body, author: { name: 'Rina' }, publisher: { name: 'Serayu Post' } })}</script></head>
<body><h1>Banyumas dan Gwangju</h1><div id="app"><p>Memuat...</p></div></body></html>`;
    const { article, warnings } = extractArticle(html, { url: 'https://serayupost.example/a' });
    expect(article.text).toBe([P1, P2, P3].join('\n\n'));
    expect(article).toMatchObject({ title: 'Banyumas dan Gwangju', outlet: 'Serayu Post', author: 'Rina', publishedAt: '2023-01-10T08:00:00+07:00' });
    expect(warnings).toContain('text taken from JSON-LD articleBody');
  });

  it('drops page paragraphs a complete articleBody does not have', () => {
    const body = `<p>${P1}</p><p>${P2.replace(',', '&#44;')}</p><p>${P3.replace(/"/g, '&quot;')}</p>`;
    const html = `<html lang="id"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Judul', articleBody: body })}</script></head>
<body><article><h1>Judul</h1><div class="isi"><p>PURWOKERTO – ${P1}</p><p>${P2}</p><p>Dapatkan promo menarik setiap hari hanya di aplikasi kami, unduh sekarang juga.</p><p>${P3}</p></div></article></body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/a' }).article.text).toBe([`PURWOKERTO – ${P1}`, P2, P3].join('\n\n'));
  });

  it('prefers the page text when articleBody is only a teaser', () => {
    const html = `<html lang="id"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul","articleBody":"${P1}"}</script></head>
<body><article><h1>Judul</h1><div class="detail__body-text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article></body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/a' }).article.text).toBe([P1, P2, P3].join('\n\n'));
  });
});

describe('extractArticle in English', () => {
  it('drops "Read also" and photo credits and reads English dates', () => {
    const html = `<html lang="en"><head><meta property="og:site_name" content="The Island Courier"><title>Bali, Darwin sign sister-city pact - The Island Courier</title></head><body>
<div class="topstrip">Sat, January 14, 2023</div>
<article><h1>Bali, Darwin sign sister-city pact</h1><div class="story-meta"><span class="story-date">Fri, January 13, 2023 / 09:30 pm</span></div>
<div class="story-body">
<p>DENPASAR — The Bali provincial administration and the City of Darwin signed a sister-city agreement on Friday, pledging cooperation on tourism, education and small businesses.</p>
<p class="read-also">Read also: <a href="/x">Ferry fares rise ahead of holiday</a></p>
<p>The governor said the pact would help small firms in Bali reach buyers in northern Australia, and that student exchanges would start this year.</p>
<p>A roll of honor at the ceremony. (Photo courtesy of the Bali administration)</p>
</div></article></body></html>`;
    const { article } = extractArticle(html, { url: 'https://islandcourier.example/a' });
    expect(article.language).toBe('en');
    expect(article.title).toBe('Bali, Darwin sign sister-city pact');
    expect(article.text).not.toMatch(/Read also|Ferry fares|Photo courtesy/);
    expect(article.text.split('\n\n')).toHaveLength(2);
    expect(article.publishedAt?.slice(0, 10)).toBe('2023-01-13');
  });
});

describe('extractArticle: the outlet zone read off the page', () => {
  it('derives the offset from a UTC meta time and the wall time printed for it', () => {
    const html = `<html lang="en"><head><meta property="og:title" content="Manila, Davao sign trade pact"><meta property="article:published_time" content="2023-01-10T17:30:00Z"></head><body>
<h1>Manila, Davao sign trade pact</h1><div class="byline">January 11, 2023, 1:30 AM</div>
<div class="body"><p>The two cities signed a memorandum of understanding on trade and small business support on Tuesday night, officials said.</p><p>The agreement covers training, trade fairs and shared market information for small firms in both cities.</p></div></body></html>`;
    expect(extractArticle(html, { url: 'https://courier.example/a' }).article.publishedAt).toBe('2023-01-11T01:30:00+08:00');
  });
});

describe('extractArticle: disputed structured dates', () => {
  it('takes the printed date when the URL day disputes an explicit meta time', () => {
    const html = `<html lang="id"><head><meta property="og:title" content="Judul Berita Kerja Sama"><meta property="article:published_time" content="2023-01-10T23:30:00+07:00"></head><body>
<h1>Judul Berita Kerja Sama</h1><div class="date">Rabu, 11 Januari 2023 06:30 WIB</div><div class="content"><p>${P1}</p><p>${P2}</p></div></body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/berita/2023/01/11/judul' }).article.publishedAt).toBe('2023-01-11T06:30:00+07:00');
    expect(extractArticle(html, { url: 'https://x.example/berita/judul' }).article.publishedAt).toBe('2023-01-10T23:30:00+07:00');
  });
});

describe('extractArticle on malformed pages', () => {
  // Speed on such pages is measured by `npm run bench`, not asserted here: a wall-clock limit fails on a busy machine.
  it('survives thousands of unclosed inline tags (deep nesting)', () => {
    const html = `<html><body>${'<div><font class="f"><b>'.repeat(6000)}<p>${P1}</p><p>${P2}</p></body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/deep' }).article.text).toBe([P1, P2].join('\n\n'));
  });
});

describe('extractArticle on pages without a story', () => {
  it('throws ERR_EXTRACT_EMPTY', () => {
    const html = '<html><head><title>Indeks Berita</title></head><body><nav><a href="/">Beranda</a></nav><ul><li><a href="/a">Judul satu</a></li><li><a href="/b">Judul dua</a></li></ul></body></html>';
    expect(() => extractArticle(html, { url: 'https://x.example/indeks' })).toThrow(ExtractionError);
    expect(() => extractArticle('', { url: 'https://x.example/empty' })).toThrow(expect.objectContaining({ code: 'ERR_EXTRACT_EMPTY' }));
  });
});

describe('extractArticle: dates and headlines printed on the page', () => {
  const page = (head: string, top: string): string => `<html lang="id"><head>${head}</head><body>
<div class="masthead"><h1 class="logo"><a href="/">Kabar Serayu Online</a></h1><span>Jumat, 13 Januari 2023</span></div>
${top}
<div class="isi"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;

  it('skips an "updated" date for the published one, and ignores the logo h1', () => {
    const html = page(
      '<title>Banyumas Gandeng Gwangju | Kabar Serayu Online</title>',
      '<h1 class="judul">Banyumas Gandeng Gwangju</h1><div class="info">Diperbarui: Kamis, 12 Januari 2023 10:00 WIB · Terbit: Rabu, 11 Januari 2023 22:10 WIB</div>',
    );
    const { article } = extractArticle(html, { url: 'https://kabarserayu.example/a' });
    expect(article.title).toBe('Banyumas Gandeng Gwangju');
    expect(article.publishedAt).toBe('2023-01-11T22:10:00+07:00');
  });

  it('prefers the date line to a dated caption printed between it and the headline', () => {
    const html = page(
      '<meta property="og:title" content="Banjir Rendam Rumah Warga">',
      '<h1>Banjir Rendam Rumah Warga</h1><div class="foto-wrap"><p>Petugas memantau genangan di permukiman warga, Rabu (10/1/2023).</p></div><div class="byline">Penulis: Rahmat - Kamis, 11 Januari 2023 08:00 WIB</div>',
    );
    expect(extractArticle(html, { url: 'https://kabarserayu.example/f' }).article.publishedAt).toBe('2023-01-11T08:00:00+07:00');
  });

  it('finds a date line by its class when the headline is not found', () => {
    const html = page('', '<div class="heading">Judul di luar h1 yang tidak dikenali</div><span class="post-date">Senin, 9 Januari 2023</span>');
    expect(extractArticle(html, { url: 'https://kabarserayu.example/b' }).article.publishedAt).toBe('2023-01-09');
  });

  it('puts a zone-less meta time in the zone the page prints (WITA)', () => {
    const html = page('<meta name="publishdate" content="2023/01/10 23:30:00"><meta property="og:title" content="Makassar Gandeng Gwangju">', '<h1>Makassar Gandeng Gwangju</h1><div class="date">Selasa, 10 Januari 2023 23:30 WITA</div>');
    expect(extractArticle(html, { url: 'https://kabarserayu.example/c' }).article.publishedAt).toBe('2023-01-10T23:30:00+08:00');
  });

  it('prefers the printed day when a UTC meta time and the date line disagree', () => {
    const html = page('<meta property="article:published_time" content="2023-01-10T20:30:00Z"><meta property="og:title" content="Jayapura Gandeng Vanimo">', '<h1>Jayapura Gandeng Vanimo</h1><div class="date">Rabu, 11 Januari 2023 05:30 WIT</div>');
    expect(extractArticle(html, { url: 'https://kabarserayu.example/d' }).article.publishedAt).toBe('2023-01-11T05:30:00+09:00');
  });

  it('falls back to the feed item when the page has no date at all', () => {
    const html = page('', '<h1>Banyumas Gandeng Gwangju Lagi</h1>');
    const { article, warnings } = extractArticle(html, { url: 'https://kabarserayu.example/e', feedItem: { pubDate: 'Tue, 10 Jan 2023 20:30:00 GMT' } });
    expect(article.publishedAt).toBe('2023-01-11T03:30:00+07:00');
    expect(warnings).not.toContain('no publication date found');
  });
});

describe('extractArticle: unusual arrangements of the story', () => {
  it('keeps a lead paragraph printed in its own box before the body', () => {
    const html = `<html lang="id"><head><meta property="og:title" content="Judul Berita Kerja Sama"></head><body>
<div class="wrap"><h1>Judul Berita Kerja Sama</h1><div class="lead"><p>${P1}</p></div>
<div class="body-copy"><p>${P2}</p><p>${P3}</p><p>${P4}</p></div>
<div class="tags">Tag: <a>UMKM</a> <a>Korea</a></div><div class="related"><ul><li><a href="/1">Judul lain satu yang agak panjang</a></li><li><a href="/2">Judul lain dua yang agak panjang</a></li></ul></div></div></body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/lead' }).article.text).toBe([P1, P2, P3, P4].join('\n\n'));
  });

  it('gives a story printed twice (desktop and mobile copies) once', () => {
    const copy = `<div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`;
    const html = `<html lang="id"><head><meta property="og:title" content="Judul Berita Kerja Sama"></head><body><div class="page"><div class="desktop">${copy}</div><div class="mobile">${copy}</div></div></body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/twice' }).article.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('does not take reader comments for the story, however long', () => {
    const comments = Array.from({ length: 10 }, (_, i) => `<li><p>Komentar pembaca ${i}: saya setuju sekali dengan kebijakan ini, semoga UMKM kita bisa bersaing di luar negeri dan tidak hanya menjadi pasar.</p></li>`).join('');
    const html = `<html lang="id"><head><meta property="og:title" content="Judul Berita Kerja Sama"></head><body><div class="read__content"><p>${P1}</p><p>${P2}</p></div><div id="comments"><ol class="commentlist">${comments}</ol></div></body></html>`;
    const { article } = extractArticle(html, { url: 'https://x.example/comments' });
    expect(article.text).toBe([P1, P2].join('\n\n'));
  });
});

describe('extractArticle: last-resort metadata', () => {
  const body = `<div class="content"><p>${P1}</p><p>${P2}</p></div>`;

  it('takes the day from the URL path when the page prints none', () => {
    const html = `<html lang="id"><head><meta property="og:title" content="Judul Berita Kerja Sama"></head><body><h1>Judul Berita Kerja Sama</h1>${body}</body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/ekonomi/2023/01/10/judul-berita' }).article.publishedAt).toBe('2023-01-10');
    expect(extractArticle(html, { url: 'https://x.example/read/20230110/12/3317/judul' }).article.publishedAt).toBe('2023-01-10');
  });

  it('reads microdata and hAtom publication stamps on any element, inside a blog widget', () => {
    const page = (stamp: string): string => `<html lang="id"><head><meta property="og:title" content="Judul Berita Kerja Sama"></head><body>
<div class="widget Blog"><h2 class="date-header"><span>Selasa, 01 Oktober 2024</span></h2><div class="post"><h3>Judul Berita Kerja Sama</h3>${body}
<div class="post-footer">${stamp}</div></div></div></body></html>`;
    const url = 'https://x.example/2024/10/judul-berita.html';
    expect(extractArticle(page(`<abbr class="published" itemprop="datePublished" title="2024-10-01T10:15:00+07:00">10.15</abbr>`), { url }).article.publishedAt).toBe('2024-10-01T10:15:00+07:00');
    expect(extractArticle(page(`<span itemprop="datePublished" content="2024-10-02">2 Oktober</span>`), { url }).article.publishedAt?.slice(0, 10)).toBe('2024-10-02');
  });

  it('takes <title> over an og:title cut short at a comma', () => {
    const html = `<html lang="id"><head><title>Kota A Teken Kerja Sama dengan Kota B, Belajar Kelola Sampah :: Warta Kota</title>
<meta property="og:title" content="Kota A Teken Kerja Sama dengan Kota B"></head><body>${body}</body></html>`;
    expect(extractArticle(html, { url: 'https://wartakota.example/a' }).article.title).toBe('Kota A Teken Kerja Sama dengan Kota B, Belajar Kelola Sampah');
  });

  it('does not take a masthead clock <time> for the publication time', () => {
    const html = `<html lang="id"><head><meta property="og:title" content="Judul Berita Kerja Sama"></head><body>
<header class="site-header"><time datetime="2023-01-12">Kamis, 12 Januari 2023</time></header>
<article><h1>Judul Berita Kerja Sama</h1><header class="entry-header"><time datetime="2023-01-10T09:00:00+07:00">10 Januari 2023</time></header>${body}</article></body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/a' }).article.publishedAt).toBe('2023-01-10T09:00:00+07:00');
  });

  it('prefers the headline when og:title only adds an unknown section or prefix to it', () => {
    const html = (og: string): string => `<html lang="id"><head><meta property="og:title" content="${og}"></head><body><h1>Judul Berita Kerja Sama</h1>${body}</body></html>`;
    expect(extractArticle(html('Judul Berita Kerja Sama - Berita Daerah Terkini'), { url: 'https://x.example/a' }).article.title).toBe('Judul Berita Kerja Sama');
    expect(extractArticle(html('EKONOMI: Judul Berita Kerja Sama'), { url: 'https://x.example/a' }).article.title).toBe('Judul Berita Kerja Sama');
    expect(extractArticle(html('Judul Lain dari og:title'), { url: 'https://x.example/a' }).article.title).toBe('Judul Lain dari og:title');
  });
});

describe('extractArticle on an infinite-scroll page', () => {
  it('takes the first story, not the next one loaded below it', () => {
    const story = (h: string, ps: string[]): string => `<article class="post"><h1>${h}</h1><div class="entry-content">${ps.map((p) => `<p>${p}</p>`).join('')}</div></article>`;
    const next = ['Harga cabai rawit di pasar tradisional Purwokerto turun menjadi Rp40.000 per kilogram pada pekan ini, kata pedagang.', 'Pedagang menyebut pasokan dari petani di lereng Gunung Slamet kembali normal setelah musim hujan berlalu.'];
    const html = `<html lang="id"><head><meta property="og:title" content="Banyumas Gandeng Gwangju"></head><body><div id="stream">${story('Banyumas Gandeng Gwangju', [P1, P2, P3])}${story('Harga Cabai Turun', next)}</div></body></html>`;
    expect(extractArticle(html, { url: 'https://x.example/a' }).article.text).toBe([P1, P2, P3].join('\n\n'));
    const teaserFirst = `<html lang="id"><head><meta property="og:title" content="Banyumas Gandeng Gwangju"></head><body><div id="stream">${story('Harga Cabai Turun', next)}${story('Banyumas Gandeng Gwangju', [P1, P2, P3])}</div></body></html>`;
    expect(extractArticle(teaserFirst, { url: 'https://x.example/b' }).article.text).toBe([P1, P2, P3].join('\n\n'));
  });
});

describe('extractArticle on layouts of large Indonesian portals (invented pages)', () => {
  it('wire-service layout: <br> body, inline "Baca juga" span, Pewarta/Editor/COPYRIGHT lines', () => {
    const html = `<html lang="id"><head><meta property="og:title" content="Kemenkop dan JICA kerja sama koperasi"><meta property="article:published_time" content="2022-10-23T21:05:00+07:00"></head><body>
<div class="wrapper"><h1 class="post-title">Kemenkop dan JICA kerja sama koperasi</h1>
<div class="post-content clearfix">Jakarta (ANTARA) - ${P1}<br><br>${P2}<br><br><span class="baca-juga"><b>Baca juga:</b> <a href="/b">Menkop dorong ekspor</a></span><br><br>${P3}<br><br>
<p class="text-muted mt-2 small">Pewarta: Sinta Ambarwati<br>Editor: Budi Suyanto<br>COPYRIGHT © ANTARA 2022</p></div></div></body></html>`;
    expect(extractArticle(html, { url: 'https://wire.example/berita/1' }).article.text).toBe([`Jakarta (ANTARA) - ${P1}`, P2, P3].join('\n\n'));
  });

  it('portal layout: link boxes, video embeds left as text, reporter codes', () => {
    const html = `<html lang="id"><head><meta property="og:title" content="Teten Teken MoU dengan Korea"><meta name="publishdate" content="2022/10/23 14:05:00"></head><body>
<div class="detail"><h1 class="detail__title">Teten Teken MoU dengan Korea</h1><div class="detail__date">Minggu, 23 Okt 2022 14:05 WIB</div>
<div class="detail__body-text itp_bodycontent"><strong>Jakarta</strong> - ${P1}<br><br>${P2}<br><br><table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="#">Harga Cabai Turun</a></div></td></tr></table>${P3}<br><br>[Gambas:Video 20detik]<br><br>Simak Video 'Teten ke Korea':<br><br>(dnu/dnu)</div></div></body></html>`;
    const { article } = extractArticle(html, { url: 'https://portal.example/d-1' });
    expect(article.text).toBe([`Jakarta - ${P1}`, P2, P3, '(dnu/dnu)'].join('\n\n'));
    expect(article.publishedAt).toBe('2022-10-23T14:05:00+07:00');
  });

  it('regional network layout: reporter line, republication notice, "Baca:" links', () => {
    const html = `<html lang="id"><head><meta property="og:title" content="Pemprov Gandeng Korea"><meta property="og:site_name" content="Tribunkita.com"></head><body>
<div id="article_con"><h1 id="arttitle">Pemprov Gandeng Korea</h1><time>Minggu, 23 Oktober 2022 14:05</time>
<div class="side-article txt-article multi-fontsize"><p><strong>TRIBUNKITA.COM, SEMARANG</strong> - ${P1}</p>
<p><strong>Laporan Wartawan Tribunkita.com, Budi Susanto</strong></p><p>${P2}</p><p>Baca: <a href="/x">Banjir di Semarang Surut</a></p><p>${P4}</p>
<p>Artikel ini telah tayang di Tribunkita.com dengan judul Pemprov Gandeng Korea, https://tribunkita.example/2022/10/23/pemprov.</p></div></div></body></html>`;
    const { article } = extractArticle(html, { url: 'https://tribunkita.example/2022/10/23/pemprov' });
    expect(article.text).toBe([`TRIBUNKITA.COM, SEMARANG - ${P1}`, P2, P4].join('\n\n'));
    expect(article.publishedAt).toBe('2022-10-23T14:05:00+07:00');
    expect(article.outlet).toBe('Tribunkita.com');
  });
});
