// #/review: pipeline errors (dismiss / retry) and doubtful records (dismiss / correct / merge).
import { h, replace, errorBox, externalLink, note } from '../dom.js';
import { getJson, queryString } from '../api.js';
import { readForm } from '../filters.js';
import { STAGES, day, kindLabel, plural, typeLabel, words } from '../format.js';
import { partyLinks, statusBadge } from './agreements.js';
import { actionButton, correctActorForm, correctAgreementForm, dismissActor, dismissAgreement, dismissError, dismissProgram, mergeActorForm, retryError } from '../actions.js';

const enc = encodeURIComponent;
const REVIEW_STATES = { open: 'Open', dismissed: 'Dismissed', retried: 'Retried', all: 'All' };

/** The raw input, loaded when opened: lists leave it out (GET /errors/:id has it). */
function rawInput(e) {
  const pre = h('pre', { class: 'raw' }, e.input ?? 'Loading…');
  const details = h('details', { class: 'raw-input' }, h('summary', {}, 'Raw input'), pre);
  let loaded = e.input !== undefined;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    try {
      const full = await getJson(`/errors/${enc(e._id)}`);
      pre.textContent = full.input ?? '(no raw input stored)';
    } catch (err) {
      loaded = false;
      replace(pre, errorBox(err));
    }
  });
  return details;
}

function errorItem(e, reload) {
  const contextText = e.context && Object.keys(e.context).length ? JSON.stringify(e.context, null, 2) : '';
  return h(
    'li',
    { class: `error-item review-${e.review}`, dataset: { id: e._id } },
    h('div', { class: 'error-head' }, h('span', { class: 'badge' }, e.stage), ' ', h('code', {}, e.code), ' ', h('span', { class: `badge review-state` }, e.review), e.retriable ? h('span', { class: 'badge muted' }, 'retriable') : null),
    h('p', { class: 'message' }, e.message),
    h('p', { class: 'meta' }, e.url ? [externalLink(e.url), ' · '] : null, plural(e.count ?? 1, 'time'), ` · first ${day(e.firstAt)} · last ${day(e.lastAt)}`),
    rawInput(e),
    contextText ? h('details', {}, h('summary', {}, 'Context'), h('pre', { class: 'raw' }, contextText)) : null,
    e.review === 'open'
      ? h(
          'div',
          { class: 'record-actions' },
          actionButton('Dismiss', async () => {
            await dismissError(e._id);
            await reload();
          }),
          actionButton('Retry', async () => {
            await retryError(e._id);
            await reload();
          }),
        )
      : null,
  );
}

async function errorsSection(params, signal) {
  const stage = h('select', { id: 'er-stage', name: 'stage' }, h('option', { value: '' }, 'Any stage'), STAGES.map((s) => h('option', { value: s, selected: s === params.stage }, s)));
  const review = h('select', { id: 'er-review', name: 'review' }, Object.entries(REVIEW_STATES).map(([v, l]) => h('option', { value: v, selected: v === (params.review ?? 'open') }, l)));
  const form = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Error filters' },
    h('label', { for: stage.id }, 'Stage'),
    stage,
    h('label', { for: review.id }, 'State'),
    review,
    h('button', { type: 'submit', class: 'secondary' }, 'Show'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/review${queryString(readForm(form))}`;
  });
  const list = h('ul', { class: 'errors', id: 'error-list' });
  const status = h('div', { role: 'status' });
  async function reload() {
    try {
      const body = await getJson('/errors', { stage: params.stage, review: params.review ?? 'open', limit: 100 }, { signal });
      const items = Array.isArray(body) ? body : (body.items ?? []);
      replace(list, items.map((e) => errorItem(e, reload)));
      replace(status, items.length ? `${plural(items.length, 'error')}${body.nextCursor ? ' (first page)' : ''}` : note('No errors here.'));
    } catch (err) {
      if (!signal.aborted) replace(status, errorBox(err));
    }
  }
  await reload();
  return h('section', { 'aria-labelledby': 'errors-h' }, h('h2', { id: 'errors-h' }, 'Pipeline errors'), form, status, list);
}

const doubtList = (doubts) => (doubts?.length ? h('ul', { class: 'doubts' }, doubts.map((d) => h('li', {}, d))) : null);

function doubtfulAgreement(a, reload) {
  return h(
    'li',
    { class: 'doubtful', dataset: { id: a._id } },
    h('div', {}, h('a', { href: `#/agreements/${enc(a._id)}` }, `${typeLabel(a.type)}: ${a.summary || '(no summary)'}`), ' ', statusBadge(a.status)),
    h('div', { class: 'meta' }, partyLinks(a.parties), ` · ${plural(new Set((a.sources ?? []).map((s) => s.articleId)).size, 'source')}`, typeof a.confidence === 'number' ? ` · confidence ${a.confidence.toFixed(2)}` : null),
    doubtList(a.doubts),
    h(
      'div',
      { class: 'record-actions' },
      actionButton('Dismiss', async () => {
        await dismissAgreement(a._id);
        await reload();
      }),
      correctAgreementForm(a, () => reload()),
    ),
  );
}

function doubtfulActor(a, reload) {
  return h(
    'li',
    { class: 'doubtful', dataset: { id: a._id } },
    h('div', {}, h('a', { href: `#/actors/${enc(a._id)}` }, a.name), h('span', { class: 'note' }, ` ${[kindLabel(a.kind), words(a.category), a.country].filter(Boolean).join(' · ')}`)),
    doubtList(a.doubts),
    h(
      'div',
      { class: 'record-actions' },
      actionButton('Dismiss', async () => {
        await dismissActor(a._id);
        await reload();
      }),
      correctActorForm(a, () => reload()),
      mergeActorForm(a, () => reload()),
    ),
  );
}

function doubtfulProgram(p, reload) {
  return h(
    'li',
    { class: 'doubtful', dataset: { id: p._id } },
    h('a', { href: `#/programs/${enc(p._id)}` }, p.acronym ? `${p.name} (${p.acronym})` : p.name),
    doubtList(p.doubts),
    h(
      'div',
      { class: 'record-actions' },
      actionButton('Dismiss', async () => {
        await dismissProgram(p._id);
        await reload();
      }),
    ),
  );
}

async function doubtfulSection(signal) {
  const box = h('div', {});
  async function reload() {
    try {
      const body = await getJson('/review/doubtful', undefined, { signal });
      const agreements = body.agreements?.items ?? body.agreements ?? [];
      const actors = body.actors?.items ?? body.actors ?? [];
      const programs = body.programs?.items ?? body.programs ?? [];
      // The api sends the least confident 100 of each kind and counts them all.
      const counted = (shown, total) => (total !== undefined && total > shown.length ? `${shown.length} of ${total}` : `${shown.length}`);
      replace(
        box,
        h('h3', {}, `Agreements (${counted(agreements, body.counts?.agreements)})`),
        agreements.length ? h('ul', { class: 'doubtfuls', id: 'doubtful-agreements' }, agreements.map((a) => doubtfulAgreement(a, reload))) : note('None.'),
        h('h3', {}, `Actors (${counted(actors, body.counts?.actors)})`),
        actors.length ? h('ul', { class: 'doubtfuls', id: 'doubtful-actors' }, actors.map((a) => doubtfulActor(a, reload))) : note('None.'),
        h('h3', {}, `Programs (${counted(programs, body.counts?.programs)})`),
        programs.length ? h('ul', { class: 'doubtfuls', id: 'doubtful-programs' }, programs.map((p) => doubtfulProgram(p, reload))) : note('None.'),
      );
    } catch (err) {
      if (!signal.aborted) replace(box, errorBox(err));
    }
  }
  await reload();
  return h('section', { 'aria-labelledby': 'doubtful-h' }, h('h2', { id: 'doubtful-h' }, 'Doubtful records'), box);
}

/** Dead, failing and stale feeds: a monitor's part of the queue (the Feeds page has the rest). */
async function feedsSection(signal) {
  let body;
  try {
    body = await getJson('/feeds', { attention: true }, { signal });
  } catch (err) {
    return h('section', {}, h('h2', {}, 'Feeds needing attention'), errorBox(err));
  }
  const feeds = body.feeds ?? [];
  return h(
    'section',
    { 'aria-labelledby': 'feeds-attention-h' },
    h('h2', { id: 'feeds-attention-h' }, `Feeds needing attention (${feeds.length})`),
    feeds.length
      ? h('ul', { class: 'doubtfuls', id: 'attention-feeds' }, feeds.map((f) => h('li', { class: 'doubtful', dataset: { id: f._id, status: f.status } }, h('span', { class: `badge feed-${f.status}` }, f.status), ' ', externalLink(f.url), h('div', { class: 'meta' }, f.reason))))
      : note('None.'),
    h('p', {}, h('a', { href: '#/feeds' }, 'All feeds')),
  );
}

export async function reviewPage(main, { params, signal }) {
  replace(main, h('h1', {}, 'Review'), note('Loading…'));
  const [errors, doubtful, feeds] = await Promise.all([errorsSection(params, signal), doubtfulSection(signal), feedsSection(signal)]);
  replace(main, h('h1', {}, 'Review'), h('p', { class: 'note' }, 'Actions need the API token; you are asked for it once per tab.'), errors, feeds, doubtful);
}
