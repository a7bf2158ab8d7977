// #/agreements/:id — parties, type and status, status history, and every source's article
// with the evidence quote marked at its offsets.
import { h, append, replace, defList, errorBox, externalLink, note, citeButton } from '../dom.js';
import { getJson } from '../api.js';
import { highlighted, locate } from '../highlight.js';
import { countryLabel, day, plural, typeLabel } from '../format.js';
import { partyLinks, statusBadge } from './agreements.js';
import { actionButton, correctAgreementForm, dismissAgreement } from '../actions.js';

const enc = encodeURIComponent;

/** GET /articles/:id, accepting either the record itself or { article }. */
export async function fetchArticle(id, signal) {
  const body = await getJson(`/articles/${enc(id)}`, undefined, { signal });
  return body?.article ?? body;
}

function historyTable(history, jump) {
  if (!history?.length) return note('No status history recorded.');
  return h(
    'table',
    { class: 'history' },
    h('caption', { class: 'visually-hidden' }, 'Status history'),
    h('thead', {}, h('tr', {}, ['Status', 'Published', 'Outlet', 'Quote'].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      history.map((c) =>
        h(
          'tr',
          {},
          h('td', {}, statusBadge(c.status)),
          h('td', { class: 'nowrap' }, day(c.publishedAt)),
          h('td', {}, externalLink(c.url, c.outlet)),
          h('td', {}, h('q', {}, c.quote), ' ', jump(c.articleId, c.quote)),
        ),
      ),
    ),
  );
}

/** One article with all quotes the agreement takes from it (a `sourceArticles` entry of the api). */
function articleSection(source, index) {
  const { articleId, quotes: sources } = source;
  const title = h('h3', {}, source.title ? `${source.outlet}: ${source.title}` : source.outlet);
  const meta = h(
    'p',
    { class: 'meta' },
    day(source.publishedAt),
    source.publishedAt ? ' · ' : '',
    externalLink(source.url, 'original article'),
    ' · ',
    h('a', { href: `#/articles/${enc(articleId)}` }, 'article record'),
    ' · ',
    plural(sources.length, 'quote'),
    ' ',
    citeButton(source.citation),
  );
  const quotes = h('ol', { class: 'quotes' }, sources.map((s) => h('li', {}, h('blockquote', {}, s.quote))));
  const items = [...quotes.children];
  const textBox = h('div', { class: 'article-text', tabindex: '0', role: 'region', 'aria-label': `Article text from ${source.outlet}` }, note('Loading article…'));
  const section = h('section', { class: 'source', id: `article-${index}`, dataset: { articleId } }, title, meta, quotes, textBox);
  return { section, textBox, title, meta, items };
}

/** Scrolls the text box (not the page) so the mark shows near its top. */
function showMark(textBox, mark) {
  textBox.scrollTop = Math.max(0, mark.offsetTop - 48);
  mark.focus({ preventScroll: true });
}

function fill({ textBox, items }, article, sources) {
  const text = article?.text ?? '';
  const ranges = [];
  const found = sources.map((s) => {
    const at = locate(text, s);
    if (at) ranges.push({ ...at, label: at.exact ? 'evidence' : 'evidence (found by text; offsets did not match)' });
    return at;
  });
  const pre = h('div', { class: 'text' });
  pre.append(highlighted(text, ranges));
  replace(textBox, pre);
  // Each quote gets a button that shows its mark (the first mark that covers its start).
  let offset = 0;
  const marks = [];
  for (const node of pre.childNodes) {
    const len = node.textContent.length;
    if (node.nodeName === 'MARK') marks.push({ start: offset, end: offset + len, node });
    offset += len;
  }
  found.forEach((at, i) => {
    const li = items[i];
    if (!li) return;
    if (!at) return li.append(h('p', { class: 'warning' }, 'This quote is not in the current article text.'));
    const mark = marks.find((m) => m.start <= at.start && at.start < m.end)?.node;
    if (!mark) return;
    mark.tabIndex = -1;
    append(li, [h('button', { type: 'button', class: 'link show-mark', onclick: () => showMark(textBox, mark) }, 'show in text'), at.exact ? null : h('span', { class: 'note' }, ' (found by its words; the stored offsets are stale)')]);
  });
  const first = marks[0]?.node;
  if (first) textBox.scrollTop = Math.max(0, first.offsetTop - 48);
}

export async function agreementPage(main, { id, signal }) {
  const a = await getJson(`/agreements/${enc(id)}`, undefined, { signal }).then((b) => b?.agreement ?? b);
  // Sources count articles: the api groups the quotes under the article they come from.
  const articles = a.sourceArticles ?? [];
  const quoteCount = articles.reduce((n, s) => n + s.quotes.length, 0);
  const sections = articles.map((source, i) => ({ articleId: source.articleId, list: source.quotes, ...articleSection(source, i) }));
  const jump = (articleId) => {
    const target = sections.find((s) => s.articleId === articleId);
    if (!target) return null;
    return h('button', { type: 'button', class: 'link', onclick: () => target.section.scrollIntoView({ behavior: 'smooth', block: 'start' }) }, 'in article');
  };

  const facts = defList([
    ['Type', typeLabel(a.type)],
    ['Status', statusBadge(a.status)],
    ['Date', a.date ?? a.month],
    ['Sectors', (a.sectors ?? []).join(', ')],
    ['Countries and provinces', (a.countries ?? []).map(countryLabel).join(', ')],
    ['Outlets', (a.outlets ?? []).join(', ')],
    ['Confidence', typeof a.confidence === 'number' ? a.confidence.toFixed(2) : undefined],
    ['Seen', a.firstSeen ? `${day(a.firstSeen)} to ${day(a.lastSeen)}` : undefined],
    ['Extractor', a.extractorVersion],
    ['Corrected by review', a.corrected ? Object.keys(a.corrected).join(', ') : undefined],
  ]);
  const flags = [
    a.dismissed ? h('p', { class: 'warning' }, 'Dismissed by review: hidden from searches and exports.') : null,
    a.relevant === false ? h('p', { class: 'warning' }, 'Only reported by articles that are not about cooperation.') : null,
    a.doubts?.length ? h('div', { class: 'warning' }, h('p', {}, 'Doubts:'), h('ul', {}, a.doubts.map((d) => h('li', {}, d)))) : null,
  ];
  const actions = h('div', { class: 'record-actions' }, a.dismissed ? null : actionButton('Dismiss', () => dismissAgreement(a._id)), correctAgreementForm(a));

  replace(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/agreements' }, 'Agreements')),
    h('h1', {}, `${typeLabel(a.type)}: ${(a.parties ?? []).map((p) => p.name).join(' – ') || 'parties unknown'}`),
    a.summary ? h('p', { class: 'lead' }, a.summary) : null,
    h('p', { class: 'cite-record' }, citeButton(a.citation, 'Cite this agreement')),
    flags,
    h('section', { 'aria-labelledby': 'parties-h' }, h('h2', { id: 'parties-h' }, 'Parties'), partyLinks(a.parties)),
    facts,
    actions,
    a.mergeReasons?.length ? h('details', {}, h('summary', {}, 'Why sources were merged'), h('ul', {}, a.mergeReasons.map((r) => h('li', {}, r)))) : null,
    h('section', { 'aria-labelledby': 'history-h' }, h('h2', { id: 'history-h' }, 'Status history'), historyTable(a.statusHistory, jump)),
    h('section', { 'aria-labelledby': 'sources-h', id: 'sources' }, h('h2', { id: 'sources-h' }, `Sources (${articles.length})`), articles.length ? note(`${plural(quoteCount, 'quote')} from ${plural(articles.length, 'article')}.`) : null, sections.length ? sections.map((s) => s.section) : note('No sources.')),
  );

  await Promise.all(
    sections.map(async (s) => {
      try {
        fill(s, await fetchArticle(s.articleId, signal), s.list);
      } catch (err) {
        if (!signal.aborted) replace(s.textBox, errorBox(err));
      }
    }),
  );
}

