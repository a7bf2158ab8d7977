/**
 * What is not the story on an Indonesian (or English) news page, as data: tag names, class/id
 * hints and line patterns. Add a new outlet's habit here, not in the algorithm.
 */

/** Elements whose content is never text a reader sees as the page's prose. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'map',
  'button',
  'input',
  'select',
  'option',
  'textarea',
  'ins',
  'head',
  'title',
  'meta',
  'link',
]);

/**
 * Page chrome by its HTML5 name: read (the date line may sit in an article's <header>) but
 * never taken as story text.
 */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'header', 'footer', 'figure', 'figcaption', 'marquee']);

/** Custom elements of AMP and ad frameworks are chrome (amp-ad, amp-sidebar, amp-social-share...). */
export const SKIP_TAG_PREFIXES: readonly string[] = ['amp-', 'gpt-', 'ad-'];

/** Elements that start a new paragraph; everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'center',
  'pre',
  'address',
  'form',
  'fieldset',
  'details',
  'summary',
  'hr',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * class/id words of non-story parts, matched as whole words of the class ("tags-links" has
 * "tags"; "tagdiv-type" has none).
 */
export const NEGATIVE_HINT_WORDS: ReadonlySet<string> = new Set([
  // comments
  'comment',
  'comments',
  'komentar',
  'respond',
  'disqus',
  // related, popular, latest lists
  'related',
  'terkait',
  'lainnya',
  'populer',
  'popular',
  'terpopuler',
  'trending',
  'terkini',
  'terbaru',
  'latest',
  'recent',
  'most',
  'rekomendasi',
  'recommended',
  'recommendation',
  'lsi',
  'baca',
  'bacajuga',
  'lihatjg',
  'readalso',
  // sharing, following, subscribing
  'share',
  'sharing',
  'social',
  'sosmed',
  'follow',
  'newsletter',
  'subscribe',
  'langganan',
  'paywall',
  'googlenews',
  // navigation and page chrome
  'sidebar',
  'widget',
  'footer',
  'header',
  'masthead',
  'topbar',
  'ticker',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'kredit',
  'menu',
  'nav',
  'navbar',
  'navigation',
  'pagination',
  'paging',
  'pager',
  'tag',
  'tags',
  'tagging',
  'tagcloud',
  'topik',
  'topics',
  'kategori',
  'category',
  'kicker',
  // ads
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adsbygoogle',
  'iklan',
  'banner',
  'sponsor',
  'promo',
  'dfp',
  'gpt',
  // captions, credits, bylines, dates
  'caption',
  'credit',
  'keterangan',
  'ket',
  'photo',
  'foto',
  'gambar',
  'image',
  'img',
  'thumb',
  'thumbnail',
  'media',
  'author',
  'byline',
  'penulis',
  'editor',
  'reporter',
  'meta',
  'info',
  'date',
  'time',
  'tanggal',
  'tgl',
  'views',
  // notices
  'notice',
  'printnote',
  'copyright',
  'disclaimer',
  'login',
  'modal',
  'popup',
  'cookie',
  'deck',
]);

/** Substrings that mark chrome even inside compound class names ("sharedaddy", "linksisip"). */
export const NEGATIVE_HINT_PARTS: readonly string[] = [
  'comment',
  'komentar',
  'related',
  'terkait',
  'bacajuga',
  'baca-juga',
  'baca_juga',
  'lihatjg',
  'lihat-juga',
  'readalso',
  'read-also',
  'linksisip',
  'share',
  'social',
  'sosmed',
  'sidebar',
  'breadcrumb',
  'pagination',
  'paging',
  'populer',
  'popular',
  'newsletter',
  'adsbygoogle',
  'advert',
  'iklan',
  'caption',
  'copyright',
  'tagcloud',
  'footer',
  'widget',
  'twitter-tweet',
  'instagram-media',
  'tiktok-embed',
  'embed',
];

/**
 * The subset of chrome words that a story wrapper almost never carries: a container named so is
 * chrome even when it holds most of the page's prose (a related list of long teasers under a
 * short story), unless it holds nearly all of it.
 */
export const STRONG_NEGATIVE_HINT_WORDS: ReadonlySet<string> = new Set([
  'comment',
  'comments',
  'komentar',
  'related',
  'terkait',
  'populer',
  'popular',
  'terpopuler',
  'trending',
  'rekomendasi',
  'recommended',
  'recommendation',
  'bacajuga',
  'lihatjg',
  'readalso',
  'newsletter',
]);

/** class/id words of story containers; they break ties toward the article body. */
export const POSITIVE_HINT_WORDS: ReadonlySet<string> = new Set([
  'content',
  'konten',
  'article',
  'artikel',
  'body',
  'entry',
  'post',
  'detail',
  'story',
  'text',
  'txt',
  'isi',
  'isiberita',
  'berita',
  'read',
  'news',
  'articlebody',
  'bodycontent',
]);

/**
 * Whole lines (paragraphs) that are boilerplate wherever they appear. Each pattern is tested
 * against a paragraph with whitespace normalized; `maxLength` keeps a rule off real paragraphs
 * that merely mention the words.
 */
export interface LineRule {
  re: RegExp;
  maxLength: number;
}

export const BOILERPLATE_LINES: readonly LineRule[] = [
  // "Baca juga: ...", "BACA JUGA :", "Simak juga", "Lihat juga", "Read also", "See also"
  { re: /^(?:baca|simak|lihat|tonton|saksikan|cek)\s+(?:juga|pula)\b/i, maxLength: 400 },
  { re: /^(?:baca|lihat)\s+(?:selengkapnya|berita\s+lainnya|artikel\s+lainnya)\b/i, maxLength: 400 },
  { re: /^(?:read|see)\s+(?:also|more)\b|^also\s+read\b/i, maxLength: 400 },
  { re: /^(?:baca|read|terkait)\s*[:：]|^related(?:\s+(?:news|articles?|stories|posts))?\s*[:：]|^(?:berita|artikel)\s+terkait\s*[:：]|^jangan\s+lewatkan\b/i, maxLength: 300 },
  { re: /^klik\b.{0,30}\b(?:baca|di\s*sini|selengkapnya)\b/i, maxLength: 200 },
  { re: /^simak\s+(?:berita|breaking|video|update|informasi|artikel|selengkapnya|juga)\b/i, maxLength: 300 },
  // bylines and credits: "Editor: X", "Penulis:", "Pewarta:", "Wartawan:", "Reporter :", "Sumber:"
  {
    re: /^(?:editor|penulis|pewarta|wartawan|reporter|redaktur|penyunting|kontributor|koresponden|laporan|sumber|foto|fotografer|videografer|writer|author|reporting|reported\s+by|editing|edited\s+by|written\s+by)\s*(?:[:：|]|oleh\b)/i,
    maxLength: 160,
  },
  { re: /^(?:oleh|by)\s*:/i, maxLength: 80 },
  { re: /^laporan\s+(?:wartawan|reporter|koresponden|kontributor)\b/i, maxLength: 160 },
  // copyright and reuse notices
  { re: /©|\(c\)\s*\d{4}|all\s+rights?\s+reserved|hak\s+cipta\s+dilindungi|seluruh\s+hak\s+(?:cipta\s+)?dilindungi|dilarang\s+(?:mengutip|mengambil|menyalin|memperbanyak)/i, maxLength: 250 },
  { re: /^(?:copyright|hak\s+cipta)\b/i, maxLength: 250 },
  // "Berita ini sudah tayang di edisi cetak", "Artikel ini telah tayang di Kompas.com dengan judul"
  { re: /^(?:berita|artikel|tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan|pernah\s+dimuat)\b/i, maxLength: 400 },
  // tags, topics
  { re: /^(?:tags?|topik|topics?|kata\s+kunci|keywords?|kategori|category)\s*[:：]/i, maxLength: 300 },
  // pagers
  { re: /^halaman\s*[:：]?(?:\s*\d+)+/i, maxLength: 80 },
  { re: /^(?:halaman\s+selanjutnya|selanjutnya|sebelumnya|berikutnya|next\s+page|next|previous|show\s+all|tampilkan\s+semua|lihat\s+semua|muat\s+lebih(?:\s+banyak)?|load\s+more)\s*[»«›‹>]*\s*$/i, maxLength: 40 },
  { re: /^(?:artikel|berita)\s+(?:sebelumnya|berikutnya|selanjutnya)\b/i, maxLength: 150 },
  // share bars, follow prompts
  { re: /^(?:bagikan|share|tweet|salin\s+tautan|copy\s+link)(?:\s*[:：]|\s*$|\s+(?:ini|artikel|berita|this|on|to|via|ke)\b)/i, maxLength: 80 },
  { re: /^(?:ikuti|follow)\s+(?:kami|us|berita|update)\b/i, maxLength: 200 },
  { re: /\bgoogle\s+news\b|\bwhatsapp\s+channel\b|\btelegram\s+channel\b/i, maxLength: 200 },
  // section titles of lists
  { re: /^(?:berita|artikel|video|foto)\s+(?:terkait|lainnya|terpopuler|terkini|terbaru|pilihan|rekomendasi|populer)\b/i, maxLength: 60 },
  { re: /^(?:terpopuler|terkini|terbaru|populer|rekomendasi|related(?:\s+(?:articles?|news|stories))?|more\s+(?:in|from)\b.*|most\s+(?:viewed|read|popular))\s*:?$/i, maxLength: 40 },
  // ads
  { re: /^[-–—\s]*(?:advertisement|advertisment|iklan|adv|ads|sponsored|scroll\s+to\s+(?:continue|resume)(?:\s+with\s+content)?|pasang\s+iklan)[-–—\s]*(?:scroll\s+to\s+continue(?:\s+with\s+content)?)?$/i, maxLength: 80 },
  { re: /^pasang\s+iklan\b/i, maxLength: 120 },
  // comment boxes
  { re: /^(?:komentar|comments?)(?:\s*\(\d+\))?\s*:?$/i, maxLength: 20 },
  { re: /^(?:tinggalkan\s+(?:balasan|komentar)|tulis\s+komentar|berikan\s+komentar|kirim\s+komentar|leave\s+a\s+(?:reply|comment)|add\s+new\s+comment|join\s+the\s+discussion)\b/i, maxLength: 200 },
  { re: /^(?:silakan|silahkan|please)\s+(?:login|masuk|log\s+in|berkomentar)\b/i, maxLength: 200 },
  { re: /^(?:comments?\s+(?:are|is)\s+moderated|komentar\s+(?:akan\s+)?dimoderasi)\b/i, maxLength: 200 },
  { re: /komentar\b.{0,60}\btanggung\s*jawab|alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan/i, maxLength: 250 },
  // captions and credits printed as lines
  { re: /^(?:(?:sumber|kredit)\s+)?(?:foto|photo|gambar|dok\.?|dokumentasi|ilustrasi)\s*[:：]/i, maxLength: 200 },
  { re: /\b(?:photo|foto)\s+(?:courtesy|credit|by|oleh)\b/i, maxLength: 300 },
  // an image credit as "outlet.example/photographer name"
  { re: /^[\w-]+(?:\.[\w-]+)+\/[\p{L} .'-]+$/u, maxLength: 80 },
  { re: /\b(?:foto|photo)\s*:\s*[^.]{1,60}\.?$/i, maxLength: 300 },
  { re: /\((?:foto|photo|dok\.?|dokumen|doc|ist|istimewa|ilustrasi|courtesy)\b[^)]*\)$/i, maxLength: 300 },
  // a photo credit closing a caption: "(ANTARA/HO-Humas Pemprov Jateng)", "(Kota Santri News/Aulia Rahman)"
  { re: /\((?:HO[-\s]|[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*){0,3}\/)[^()]*\)\.?$/u, maxLength: 250 },
  // embeds and players left as text: "[Gambas:Video 20detik]", "Dengarkan artikel ini"
  { re: /^\[\s*gambas\s*:/i, maxLength: 200 },
  { re: /^(?:dengarkan|putar)\s+(?:artikel|berita)\b/i, maxLength: 120 },
  // read counters, print/send links, mobile/desktop switches, newsletters, paywalls
  { re: /\bdibaca\s*:?\s*[\d.]+\s*kali\b/i, maxLength: 120 },
  { re: /^(?:lihat|tampilkan)\s+versi\s+(?:lengkap|desktop|mobile|asli)\b/i, maxLength: 120 },
  { re: /^(?:cetak|print)\s*(?:[|:]|$|berita\b|artikel\b)|^kirim\s+ke\s+teman\b|^ukuran\s+(?:huruf|teks|font)\b/i, maxLength: 120 },
  { re: /^(?:dapatkan|terima|get)\b.{0,80}\b(?:kotak\s+masuk|inbox|email|surel)\b/i, maxLength: 200 },
  { re: /\bnewsletter\b|^(?:subscribe|sign\s+up|berlangganan|langganan|daftar)\b.{0,80}\b(?:newsletter|buletin|inbox|kotak\s+masuk|email|surel)\b/i, maxLength: 200 },
  { re: /support\s+(?:independent\s+)?journalism/i, maxLength: 300 },
];

/** A paragraph that is mostly link text is a link list, not prose. */
export const MAX_LINK_DENSITY = 0.5;
