// The agreement filters: one form used by the search page and the watches page.
import { h } from './dom.js';
import { STATUSES, TYPES } from './format.js';

/** Filter keys the api understands on /agreements (and exports, stats, watches). */
export const FILTER_KEYS = ['q', 'actor', 'country', 'province', 'sector', 'type', 'status', 'since', 'until', 'outlet', 'includeIrrelevant', 'includeDismissed'];

/** The api's sort orders; its default ("-date") is newest first. */
export const SORTS = { '': 'Newest first', date: 'Oldest first', status: 'By status, newest first' };

const SECTORS = [
  'umkm', 'cooperatives', 'trade', 'export', 'investment', 'industry', 'economy', 'creative-economy', 'digital-economy',
  'tourism', 'culture', 'culinary', 'handicraft', 'agriculture', 'plantation', 'horticulture', 'fisheries', 'aquaculture',
  'food', 'education', 'vocational-education', 'training', 'capacity-building', 'internship', 'research', 'health',
  'health-equipment',
];

/** Only the filter keys of an object, without empty values. */
export function pickFilters(params) {
  const out = {};
  for (const key of FILTER_KEYS) {
    const v = params?.[key];
    if (v !== undefined && v !== null && v !== '' && v !== false && v !== 'false') out[key] = v;
  }
  return out;
}

function field(prefix, name, label, control, hint) {
  control.id = `${prefix}-${name}`;
  control.name = name;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ? h('small', {}, hint) : null);
}

function select(options, value) {
  const el = h('select');
  for (const [v, label] of Object.entries(options)) el.append(h('option', { value: v, selected: v === (value ?? '') }, label));
  return el;
}

const text = (value, attrs = {}) => h('input', { type: 'text', value: value ?? '', ...attrs });

/**
 * The filter fields, filled from `values`. `prefix` keeps ids unique when two forms share a page.
 * With `sort: true` it also offers the sort order.
 */
export function filterFields(values = {}, { prefix = 'f', sort = false } = {}) {
  const datalist = h('datalist', { id: `${prefix}-sectors` }, SECTORS.map((s) => h('option', { value: s })));
  const checkbox = (name, label) => {
    const box = h('input', { type: 'checkbox', id: `${prefix}-${name}`, name, value: 'true', checked: values[name] === 'true' || values[name] === true });
    return h('div', { class: 'field checkbox' }, box, h('label', { for: box.id }, label));
  };
  return h(
    'div',
    { class: 'filters' },
    field(prefix, 'q', 'Text', text(values.q, { type: 'search', placeholder: 'words in summaries and quotes' })),
    field(prefix, 'actor', 'Actor', text(values.actor, { placeholder: 'name or id' })),
    field(prefix, 'country', 'Country', text(values.country, { placeholder: 'e.g. KR', size: 6, pattern: '[A-Za-z]{2}', title: 'ISO 3166-1 alpha-2 code, e.g. KR' })),
    field(prefix, 'province', 'Province', text(values.province, { placeholder: 'e.g. ID-JT', size: 6, pattern: '[A-Za-z]{2}-[A-Za-z0-9]{1,3}', title: 'ISO 3166-2 code, e.g. ID-JT' })),
    field(prefix, 'sector', 'Sector', text(values.sector, { list: datalist.id, placeholder: 'e.g. umkm' })),
    datalist,
    field(prefix, 'type', 'Type', select({ '': 'Any type', ...TYPES }, values.type)),
    field(prefix, 'status', 'Status', select({ '': 'Any status', ...STATUSES }, values.status)),
    field(prefix, 'since', 'From', h('input', { type: 'date', value: values.since ?? '' })),
    field(prefix, 'until', 'To', h('input', { type: 'date', value: values.until ?? '' })),
    field(prefix, 'outlet', 'Outlet', text(values.outlet, { placeholder: 'e.g. antaranews.com' })),
    sort ? field(prefix, 'sort', 'Sort', select(SORTS, values.sort)) : null,
    checkbox('includeIrrelevant', 'Include off-topic articles'),
    checkbox('includeDismissed', 'Include dismissed'),
  );
}

/** The non-empty values of a form's fields, as strings ("true" for a checked box). */
export function readForm(form) {
  const out = {};
  for (const [key, value] of new FormData(form)) {
    const v = String(value).trim();
    if (v) out[key] = v;
  }
  return out;
}

/** A one-line description of a filter, e.g. "country KR · sector umkm". */
export function describeFilter(filter) {
  const parts = Object.entries(filter ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false)
    .map(([k, v]) => (k === 'includeIrrelevant' ? 'including off-topic' : k === 'includeDismissed' ? 'including dismissed' : `${k} ${Array.isArray(v) ? v.join(', ') : v}`));
  return parts.length ? parts.join(' · ') : 'all agreements';
}
