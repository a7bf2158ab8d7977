// #/agreements: the search form, results table with "load more", export links.
import { h, replace, errorBox, note } from '../dom.js';
import { getJson, queryString } from '../api.js';
import { filterFields, pickFilters, readForm } from '../filters.js';
import { agreementDate, countryLabel, plural, statusLabel, typeLabel } from '../format.js';

const PAGE_SIZE = 50;
/** The page size: `limit` in the hash (1..200) when given, else PAGE_SIZE. */
const pageSize = (params) => Math.min(200, Math.max(1, Number.parseInt(params.limit, 10) || PAGE_SIZE));

/** Links to an agreement's parties' actor pages, comma-separated. */
export function partyLinks(parties = []) {
  if (!parties.length) return h('span', { class: 'note' }, 'no parties named');
  const out = [];
  parties.forEach((p, i) => {
    if (i) out.push(', ');
    out.push(h('a', { href: `#/actors/${encodeURIComponent(p.id)}`, title: p.country ? countryLabel(p.country) : undefined }, p.name));
  });
  return h('span', { class: 'parties' }, out);
}

export const statusBadge = (s) => h('span', { class: `badge status-${s}` }, statusLabel(s));

function row(a) {
  const sources = a.sources?.length ?? a.sourceCount ?? 0;
  return h(
    'tr',
    { dataset: { id: a._id } },
    h('td', {}, h('a', { href: `#/agreements/${encodeURIComponent(a._id)}`, class: 'record-link' }, a.summary || '(no summary)'), a.relevant === false ? h('span', { class: 'badge muted' }, 'off-topic') : null),
    h('td', {}, partyLinks(a.parties)),
    h('td', {}, typeLabel(a.type)),
    h('td', {}, statusBadge(a.status)),
    h('td', {}, (a.sectors ?? []).join(', ')),
    h('td', { class: 'nowrap' }, agreementDate(a)),
    h('td', { class: 'num' }, String(sources)),
  );
}

function exportLinks(filters) {
  const q = queryString(filters);
  return h(
    'p',
    { class: 'exports' },
    'Export these filters: ',
    h('a', { href: `/agreements.csv${q}`, download: true }, 'CSV'),
    ' · ',
    h('a', { href: `/agreements.jsonl${q}`, download: true }, 'JSON lines'),
    ' · ',
    h('a', { href: `/network.graphml${q}`, download: true }, 'network (GraphML)'),
    ' · ',
    h('a', { href: `#/watches${q}` }, 'watch this search'),
    ' · ',
    h('a', { href: `#/chart${q}` }, 'chart'),
  );
}

export async function agreementsPage(main, { params, signal }) {
  const filters = pickFilters(params);
  const query = { ...filters, ...(params.sort ? { sort: params.sort } : {}) };
  const form = h(
    'form',
    { class: 'search', role: 'search', 'aria-label': 'Agreement filters' },
    filterFields(params, { prefix: 'ag', sort: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search'), h('a', { href: '#/agreements', class: 'button secondary' }, 'Clear')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/agreements${queryString({ ...readForm(form), limit: params.limit })}`;
  });

  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'results', id: 'agreement-results' },
    h('caption', { class: 'visually-hidden' }, 'Agreements matching the filters'),
    h('colgroup', {}, ['agreement', 'parties', 'type', 'status', 'sectors', 'date', 'sources'].map((c) => h('col', { class: `col-${c}` }))),
    h('thead', {}, h('tr', {}, ['Agreement', 'Parties', 'Type', 'Status', 'Sectors', 'Date', 'Sources'].map((c) => h('th', { scope: 'col' }, c)))),
    tbody,
  );
  const count = h('p', { class: 'count', role: 'status' });
  const more = h('div', { class: 'more' });
  replace(main, h('h1', {}, 'Agreements'), form, exportLinks(filters), count, h('div', { class: 'table-wrap' }, table), more);

  let shown = 0;
  async function load(cursor) {
    replace(more, note('Loading…'));
    let page;
    try {
      page = await getJson('/agreements', { ...query, limit: pageSize(params), cursor }, { signal });
    } catch (err) {
      if (!signal.aborted) replace(more, errorBox(err));
      return;
    }
    const items = page.items ?? [];
    for (const a of items) tbody.append(row(a));
    shown += items.length;
    count.textContent = shown ? `${plural(shown, 'agreement')} shown${page.nextCursor ? ' (more available)' : ''}` : 'No agreements match these filters.';
    table.hidden = shown === 0;
    if (page.nextCursor) {
      replace(more, h('button', { type: 'button', class: 'secondary', onclick: () => load(page.nextCursor) }, 'Load more'));
    } else replace(more);
  }
  await load(undefined);
}
