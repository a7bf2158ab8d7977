// #/chart: agreements per month, stacked by country, sector or status, as a small SVG.
import { h, svg, replace, note } from '../dom.js';
import { getJson, queryString } from '../api.js';
import { countryLabel, statusLabel } from '../format.js';
import { filterFields, pickFilters, readForm } from '../filters.js';

const BY = { country: 'Country', sector: 'Sector', status: 'Status' };
const TOP = 8;
// Okabe–Ito colours (distinguishable with colour blindness), then greys for "other".
const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const OTHER = '#bbbbbb';

/** Every month from first to last ("2022-01".."2022-04"), so gaps show as gaps. */
export function monthRange(months) {
  const sorted = [...months].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (!sorted.length) return [];
  const out = [];
  let [y, m] = sorted[0].split('-').map(Number);
  const [ly, lm] = sorted.at(-1).split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) (m = 1), y++;
    if (out.length > 600) break;
  }
  return out;
}

/** Rows to series: the TOP keys by total, the rest as "other". */
export function stack(rows) {
  const totals = new Map();
  for (const r of rows) totals.set(r.key ?? 'unknown', (totals.get(r.key ?? 'unknown') ?? 0) + r.count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const keys = ranked.length > TOP ? [...ranked.slice(0, TOP - 1), 'other'] : ranked;
  const keep = new Set(keys);
  const months = monthRange(rows.map((r) => r.month));
  const cells = new Map(months.map((m) => [m, new Map()]));
  for (const r of rows) {
    const key = keep.has(r.key ?? 'unknown') ? (r.key ?? 'unknown') : 'other';
    const cell = cells.get(r.month);
    if (cell) cell.set(key, (cell.get(key) ?? 0) + r.count);
  }
  return { keys, months, cells };
}

function label(by, key) {
  if (key === 'other') return 'Other';
  if (by === 'country') return countryLabel(key);
  if (by === 'status') return statusLabel(key);
  return key;
}

function drawChart(by, { keys, months, cells }) {
  const color = (k, i) => (k === 'other' ? OTHER : COLORS[i % COLORS.length]);
  const max = Math.max(1, ...months.map((m) => [...cells.get(m).values()].reduce((a, b) => a + b, 0)));
  const W = Math.max(480, Math.min(1100, months.length * 28 + 80));
  const H = 300;
  const pad = { l: 44, r: 12, t: 12, b: 56 };
  const iw = W - pad.l - pad.r;
  const ih = H - pad.t - pad.b;
  const step = iw / months.length;
  const bar = Math.max(2, Math.min(36, step * 0.75));
  const y = (v) => pad.t + ih - (v / max) * ih;
  const ticks = niceTicks(max);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-labelledby': 'chart-title', class: 'chart' });
  chart.append(svg('title', { id: 'chart-title' }, `Agreements per month by ${BY[by].toLowerCase()}`));
  for (const t of ticks) {
    chart.append(svg('line', { x1: pad.l, x2: W - pad.r, y1: y(t), y2: y(t), class: 'grid' }));
    chart.append(svg('text', { x: pad.l - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'tick' }, String(t)));
  }
  const labelEvery = Math.ceil(months.length / Math.floor(iw / 44));
  months.forEach((m, i) => {
    const x = pad.l + i * step + (step - bar) / 2;
    let acc = 0;
    keys.forEach((k, ki) => {
      const v = cells.get(m).get(k) ?? 0;
      if (!v) return;
      chart.append(svg('rect', { x, y: y(acc + v), width: bar, height: y(acc) - y(acc + v), fill: color(k, ki) }, svg('title', {}, `${m} · ${label(by, k)}: ${v}`)));
      acc += v;
    });
    if (i % labelEvery === 0) chart.append(svg('text', { x: x + bar / 2, y: H - pad.b + 16, 'text-anchor': 'end', transform: `rotate(-45 ${x + bar / 2} ${H - pad.b + 16})`, class: 'tick' }, m));
  });
  chart.append(svg('line', { x1: pad.l, x2: W - pad.r, y1: y(0), y2: y(0), class: 'axis' }));
  const legend = h('ul', { class: 'legend' }, keys.map((k, i) => h('li', {}, h('span', { class: 'swatch', style: `background:${color(k, i)}` }), label(by, k))));
  return [h('div', { class: 'chart-wrap' }, chart), legend];
}

function niceTicks(max) {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].find((s) => max / s <= 5) ?? Math.ceil(max / 5);
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

function dataTable(by, { keys, months, cells }) {
  return h(
    'details',
    {},
    h('summary', {}, 'The numbers'),
    h(
      'table',
      { class: 'results compact' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'), keys.map((k) => h('th', { scope: 'col' }, label(by, k))))),
      h('tbody', {}, months.map((m) => h('tr', {}, h('th', { scope: 'row' }, m), keys.map((k) => h('td', { class: 'num' }, String(cells.get(m).get(k) ?? 0)))))),
    ),
  );
}

export async function chartPage(main, { params, signal }) {
  const by = BY[params.by] ? params.by : 'country';
  const filters = pickFilters(params);
  const bySelect = h('select', { id: 'ch-by', name: 'by' }, Object.entries(BY).map(([v, l]) => h('option', { value: v, selected: v === by }, l)));
  const form = h(
    'form',
    { class: 'search', 'aria-label': 'Chart options' },
    h('div', { class: 'filters' }, h('div', { class: 'field' }, h('label', { for: bySelect.id }, 'Group by'), bySelect)),
    h('details', { open: Object.keys(filters).length > 0 }, h('summary', {}, 'Filters'), filterFields(params, { prefix: 'ch' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Draw')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/chart${queryString(readForm(form))}`;
  });
  bySelect.addEventListener('change', () => form.requestSubmit());
  const out = h('div', { class: 'chart-area' }, note('Loading…'));
  replace(main, h('h1', {}, `Agreements over time by ${BY[by].toLowerCase()}`), form, out);
  const body = await getJson('/stats/agreements', { ...filters, by }, { signal });
  const rows = Array.isArray(body) ? body : (body.items ?? body.rows ?? []);
  if (!rows.length) return replace(out, note('No dated agreements match these filters.'));
  const data = stack(rows);
  replace(out, drawChart(by, data), dataTable(by, data), h('p', { class: 'note' }, 'Months are those the outlets printed; an agreement with parties in several countries counts once for each.'));
}
