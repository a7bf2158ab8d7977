// #/chart: agreements per month, stacked by country, sector or status, as a small SVG.
import { h, svg, replace, note } from '../dom.js';
import { getJson, queryString } from '../api.js';
import { countryLabel, statusLabel } from '../format.js';
import { filterFields, pickFilters, readForm } from '../filters.js';

const BY = { country: 'Country', sector: 'Sector', status: 'Status' };
const PER = { auto: 'Month, or year over long spans', month: 'Month', year: 'Year' };
const NOTES = {
  country: 'Dated by the agreement, else by its first report. An agreement between parties of two countries counts once for each; provinces count under their country.',
  sector: 'Dated by the agreement, else by its first report. An agreement in two sectors counts once for each.',
  status: 'Dated by the agreement, else by its first report; the status is the current one.',
};
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
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    if (out.length > 600) break;
  }
  return out;
}

/** Every year from first to last. */
export function yearRange(periods) {
  const years = periods.map((p) => Number(String(p).slice(0, 4))).filter(Number.isFinite);
  if (!years.length) return [];
  const out = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(String(y));
  return out;
}

/** Rows to series: the TOP keys by total, the rest as "other"; per month, or per year over long spans. */
export function stack(rows, per = 'auto') {
  const spanMonths = monthRange(rows.map((r) => r.month)).length;
  const yearly = per === 'year' || (per === 'auto' && spanMonths > 36);
  if (yearly) rows = rows.map((r) => ({ ...r, month: String(r.month).slice(0, 4) }));
  const totals = new Map();
  for (const r of rows) totals.set(r.key ?? 'unknown', (totals.get(r.key ?? 'unknown') ?? 0) + r.count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const keys = ranked.length > TOP ? [...ranked.slice(0, TOP - 1), 'other'] : ranked;
  const keep = new Set(keys);
  const months = yearly ? yearRange(rows.map((r) => r.month)) : monthRange(rows.map((r) => r.month));
  const cells = new Map(months.map((m) => [m, new Map()]));
  for (const r of rows) {
    const key = keep.has(r.key ?? 'unknown') ? (r.key ?? 'unknown') : 'other';
    const cell = cells.get(r.month);
    if (cell) cell.set(key, (cell.get(key) ?? 0) + r.count);
  }
  return { keys, months, cells, yearly };
}

function label(by, key) {
  if (key === 'other') return 'Other';
  if (key === '(none)') return `No ${by} stated`;
  if (by === 'country') return countryLabel(key);
  if (by === 'status') return statusLabel(key);
  return key;
}

function drawChart(by, { keys, months, cells, yearly }) {
  const color = (k, i) => (k === 'other' ? OTHER : COLORS[i % COLORS.length]);
  const max = Math.max(1, ...months.map((m) => [...cells.get(m).values()].reduce((a, b) => a + b, 0)));
  const W = Math.max(720, Math.min(1100, months.length * 28 + 80));
  const H = 300;
  const pad = { l: 44, r: 12, t: 12, b: 56 };
  const iw = W - pad.l - pad.r;
  const ih = H - pad.t - pad.b;
  const step = iw / months.length;
  const bar = Math.max(2, Math.min(48, step * 0.7));
  const y = (v) => pad.t + ih - (v / max) * ih;
  const ticks = niceTicks(max);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-labelledby': 'chart-title', class: 'chart' });
  chart.append(svg('title', { id: 'chart-title' }, `Agreements per ${yearly ? 'year' : 'month'} by ${BY[by].toLowerCase()}`));
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
  // Colours set through CSSOM, not a style attribute, so a strict Content-Security-Policy allows them.
  const legend = h('ul', { class: 'legend' }, keys.map((k, i) => {
    const s = h('span', { class: 'swatch' });
    s.style.background = color(k, i);
    return h('li', {}, s, label(by, k));
  }));
  return [h('div', { class: 'chart-wrap' }, chart), legend];
}

function niceTicks(max) {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].find((s) => max / s <= 5) ?? Math.ceil(max / 5);
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

function dataTable(by, { keys, months, cells, yearly }) {
  return h(
    'details',
    {},
    h('summary', {}, 'The numbers'),
    h(
      'table',
      { class: 'results compact' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, yearly ? 'Year' : 'Month'), keys.map((k) => h('th', { scope: 'col' }, label(by, k))))),
      h('tbody', {}, months.map((m) => h('tr', {}, h('th', { scope: 'row' }, m), keys.map((k) => h('td', { class: 'num' }, String(cells.get(m).get(k) ?? 0)))))),
    ),
  );
}

export async function chartPage(main, { params, signal }) {
  const by = BY[params.by] ? params.by : 'country';
  const filters = pickFilters(params);
  const per = PER[params.per] ? params.per : 'auto';
  const bySelect = h('select', { id: 'ch-by', name: 'by' }, Object.entries(BY).map(([v, l]) => h('option', { value: v, selected: v === by }, l)));
  const perSelect = h('select', { id: 'ch-per', name: 'per' }, Object.entries(PER).map(([v, l]) => h('option', { value: v, selected: v === per }, l)));
  const form = h(
    'form',
    { class: 'search', 'aria-label': 'Chart options' },
    h('div', { class: 'filters' }, h('div', { class: 'field' }, h('label', { for: bySelect.id }, 'Group by'), bySelect), h('div', { class: 'field' }, h('label', { for: perSelect.id }, 'Bars per'), perSelect)),
    h('details', { open: Object.keys(filters).length > 0 }, h('summary', {}, 'Filters'), filterFields(params, { prefix: 'ch' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Draw')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/chart${queryString(readForm(form))}`;
  });
  for (const sel of [bySelect, perSelect]) sel.addEventListener('change', () => form.requestSubmit());
  const out = h('div', { class: 'chart-area' }, note('Loading…'));
  replace(main, h('h1', {}, `Agreements over time by ${BY[by].toLowerCase()}`), form, out);
  const body = await getJson('/stats/agreements', { ...filters, by }, { signal });
  const rows = Array.isArray(body) ? body : (body.items ?? body.rows ?? []);
  if (!rows.length) return replace(out, note('No dated agreements match these filters.'));
  const data = stack(rows, per);
  replace(out, drawChart(by, data), dataTable(by, data), h('p', { class: 'note' }, NOTES[by]));
}
