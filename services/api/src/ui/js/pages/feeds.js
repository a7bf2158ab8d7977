// #/feeds: every feed's health for monitors (dead, failing and stale ones first), sortable by
// column, with pause / resume / remove and a form to add a feed (writes need the token).
import { h, replace, errorBox, externalLink, note } from '../dom.js';
import { del, getJson, post } from '../api.js';
import { actionButton } from '../actions.js';
import { plural } from '../format.js';

const enc = encodeURIComponent;
const STATUS_ORDER = ['dead', 'failing', 'stale', 'pending', 'paused', 'healthy', 'removed'];
const time = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
const today = (f) => f.days.at(-1) ?? { seen: 0, new: 0 };

/** [key, header, value shown, sort value]; clicking a header sorts by it (again: reverses). */
const COLUMNS = [
  ['status', 'Status', (f) => h('span', { class: `badge feed-${f.status}` }, f.status), (f) => STATUS_ORDER.indexOf(f.status) * 1000 - f.consecutiveFailures],
  ['feed', 'Feed', (f) => [f.spec.name ? h('strong', {}, f.spec.name) : null, f.spec.name ? h('br') : null, externalLink(f.url)], (f) => f.url],
  ['lastPoll', 'Last poll', (f) => time(f.lastPollAt), (f) => f.lastPollAt ?? ''],
  ['lastSuccess', 'Last success', (f) => time(f.lastSuccessAt), (f) => f.lastSuccessAt ?? ''],
  ['http', 'HTTP', (f) => String(f.lastHttpStatus ?? '—'), (f) => f.lastHttpStatus ?? 0],
  ['seenNew', 'Seen / new (last day)', (f) => `${today(f).seen} / ${today(f).new}`, (f) => today(f).new],
  ['new', 'New (14 days)', (f) => String(f.newInDays), (f) => f.newInDays],
  ['extraction', 'Failed extraction', (f) => String(f.extractionFailures), (f) => -f.extractionFailures],
  ['reason', 'Why', (f) => [f.reason, f.lastError && f.status !== 'healthy' ? h('div', { class: 'note' }, `last error ${time(f.lastError.at)}: ${f.lastError.code}`) : null], (f) => f.reason],
];

function feedRow(f, reload) {
  const act = (label, fn) =>
    actionButton(label, async () => {
      await fn();
      await reload();
    });
  return h(
    'tr',
    { class: `feed-row feed-${f.status}`, dataset: { id: f._id, status: f.status, url: f.url } },
    COLUMNS.map(([key, , show]) => h('td', { class: `col-${key}` }, show(f))),
    h(
      'td',
      { class: 'record-actions' },
      f.state === 'paused' ? act('Resume', () => post(`/feeds/${enc(f._id)}/resume`)) : act('Pause', () => post(`/feeds/${enc(f._id)}/pause`)),
      act('Remove', () => del(`/feeds/${enc(f._id)}`)),
    ),
  );
}

function addFeedForm(onDone) {
  const url = h('input', { id: 'feed-url', name: 'url', type: 'url', required: true, placeholder: 'https://outlet.example/feed.xml', size: 40 });
  const name = h('input', { id: 'feed-name', name: 'name', placeholder: 'optional' });
  const status = h('span', { role: 'status' });
  const form = h('form', { class: 'inline-form', 'aria-label': 'Add a feed' }, h('label', { for: url.id }, 'Feed URL'), url, h('label', { for: name.id }, 'Name'), name, h('button', { type: 'submit' }, 'Add feed'), status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await post('/feeds', { url: url.value.trim(), ...(name.value.trim() ? { name: name.value.trim() } : {}) });
      form.reset();
      replace(status, 'Added; the fetcher polls it shortly.');
      await onDone();
    } catch (err) {
      replace(status, errorBox(err));
    }
  });
  return form;
}

export async function feedsPage(main, { signal }) {
  let feeds = [];
  let sort = { key: 'status', dir: 1 };
  const tbody = h('tbody', { id: 'feed-rows' });
  const summary = h('p', { role: 'status', id: 'feeds-summary' });
  const headers = COLUMNS.map(([key, label]) => {
    const button = h('button', { type: 'button', class: 'sort', dataset: { sort: key } }, label);
    button.addEventListener('click', () => {
      sort = { key, dir: sort.key === key ? -sort.dir : 1 };
      render();
    });
    return h('th', { scope: 'col', dataset: { sort: key } }, button);
  });
  function render() {
    const [, , , value] = COLUMNS.find(([key]) => key === sort.key);
    const rows = [...feeds].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir || a.url.localeCompare(b.url);
    });
    for (const th of headers) th.setAttribute('aria-sort', th.dataset.sort === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    replace(tbody, rows.map((f) => feedRow(f, reload)));
  }
  async function reload() {
    try {
      feeds = (await getJson('/feeds', undefined, { signal })).feeds;
      const counts = STATUS_ORDER.map((s) => [s, feeds.filter((f) => f.status === s).length]).filter(([, n]) => n > 0);
      replace(summary, feeds.length ? `${plural(feeds.length, 'feed')}: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}` : note('No feeds yet: the fetcher reports each feed after its first poll, or add one below.'));
      render();
    } catch (err) {
      if (!signal.aborted) replace(summary, errorBox(err));
    }
  }
  await reload();
  replace(
    main,
    h('h1', {}, 'Feeds'),
    h('p', { class: 'note' }, 'Dead (gone, or failing again and again), failing and stale (nothing new for longer than usual) feeds come first. Click a column to sort.'),
    summary,
    h('table', { class: 'results feeds', id: 'feeds-table' }, h('thead', {}, h('tr', {}, headers, h('th', { scope: 'col' }, 'Actions'))), tbody),
    h('h2', {}, 'Add a feed'),
    addFeedForm(reload),
  );
}
