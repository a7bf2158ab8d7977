// #/actors (search) and #/actors/:id (one actor, its agreements and programs over time).
import { h, replace, defList, errorBox, note, citeButton } from '../dom.js';
import { getJson, queryString } from '../api.js';
import { agreementDate, countryLabel, day, kindLabel, plural, typeLabel, words, KINDS } from '../format.js';
import { readForm } from '../filters.js';
import { partyLinks, statusBadge } from './agreements.js';
import { correctActorForm, mergeActorForm } from '../actions.js';

const enc = encodeURIComponent;
const PAGE_SIZE = 50;

export async function actorsPage(main, { params, signal }) {
  const q = h('input', { id: 'ac-q', name: 'q', type: 'search', value: params.q ?? '', placeholder: 'name, alias or acronym' });
  const kind = h('select', { id: 'ac-kind', name: 'kind' }, h('option', { value: '' }, 'Any kind'), Object.entries(KINDS).map(([v, l]) => h('option', { value: v, selected: v === params.kind }, l)));
  const country = h('input', { id: 'ac-country', name: 'country', type: 'text', value: params.country ?? '', size: 6, placeholder: 'e.g. KR' });
  const form = h(
    'form',
    { class: 'search', role: 'search', 'aria-label': 'Actor filters' },
    h(
      'div',
      { class: 'filters' },
      h('div', { class: 'field' }, h('label', { for: q.id }, 'Name'), q),
      h('div', { class: 'field' }, h('label', { for: kind.id }, 'Kind'), kind),
      h('div', { class: 'field' }, h('label', { for: country.id }, 'Country'), country),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/actors${queryString(readForm(form))}`;
  });
  const list = h('ul', { class: 'records', id: 'actor-results' });
  const more = h('div', { class: 'more' });
  const count = h('p', { class: 'count', role: 'status' });
  replace(main, h('h1', {}, 'Actors'), form, count, list, more);

  let shown = 0;
  async function load(cursor) {
    replace(more, note('Loading…'));
    try {
      const page = await getJson('/actors', { q: params.q, kind: params.kind, country: params.country, limit: PAGE_SIZE, cursor }, { signal });
      for (const a of page.items ?? []) {
        list.append(
          h(
            'li',
            {},
            h('a', { href: `#/actors/${enc(a._id)}` }, a.name),
            h('span', { class: 'note' }, ` ${[kindLabel(a.kind), words(a.category), countryLabel(a.country)].filter(Boolean).join(' · ')}`),
          ),
        );
      }
      shown += page.items?.length ?? 0;
      count.textContent = shown ? `${plural(shown, 'actor')} shown` : 'No actors match.';
      replace(more, page.nextCursor ? h('button', { type: 'button', class: 'secondary', onclick: () => load(page.nextCursor) }, 'Load more') : null);
    } catch (err) {
      if (!signal.aborted) replace(more, errorBox(err));
    }
  }
  await load(undefined);
}

/** The date a program is known by: its earliest source. */
const programDate = (p) => day(p.sources?.map((s) => s.publishedAt).filter(Boolean).sort()[0] ?? p.firstSeen);

function timeline(actorId, agreements, programs) {
  const entries = [
    ...agreements.map((a) => ({ date: agreementDate(a), node: agreementEntry(actorId, a) })),
    ...programs.map((p) => ({ date: programDate(p), node: programEntry(p) })),
  ].sort((x, y) => (y.date || '').localeCompare(x.date || ''));
  if (!entries.length) return note('No agreements or programs recorded.');
  return h('ol', { class: 'timeline' }, entries.map((e) => h('li', {}, h('time', { datetime: e.date || undefined }, e.date || 'undated'), e.node)));
}

function agreementEntry(actorId, a) {
  const others = (a.parties ?? []).filter((p) => p.id !== actorId);
  return h(
    'div',
    {},
    h('a', { href: `#/agreements/${enc(a._id)}` }, `${typeLabel(a.type)}`),
    ' ',
    statusBadge(a.status),
    others.length ? [' with ', partyLinks(others)] : null,
    a.summary ? h('div', { class: 'note' }, a.summary) : null,
  );
}

function programEntry(p) {
  return h('div', {}, h('span', { class: 'badge muted' }, 'Program'), ' ', h('a', { href: `#/programs/${enc(p._id)}` }, p.acronym ? `${p.name} (${p.acronym})` : p.name), p.kind ? h('span', { class: 'note' }, ` ${words(p.kind)}`) : null);
}

export async function actorPage(main, { id, signal }) {
  // After a correction or merge, draw the page again from the api.
  const rerender = () => actorPage(main, { id, signal }).catch((err) => replace(main, errorBox(err)));
  const body = await getJson(`/actors/${enc(id)}`, undefined, { signal });
  const actor = body.actor ?? body;
  const agreements = body.agreements ?? [];
  const programs = body.programs ?? [];
  replace(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/actors' }, 'Actors')),
    h('h1', {}, actor.name),
    actor.doubts?.length ? h('div', { class: 'warning' }, h('p', {}, 'Doubts:'), h('ul', {}, actor.doubts.map((d) => h('li', {}, d)))) : null,
    defList([
      ['Kind', kindLabel(actor.kind)],
      ['Category', words(actor.category)],
      ['Country', countryLabel(actor.country)],
      ['Aliases', (actor.aliases ?? []).join(', ')],
      ['Roles', (actor.roles ?? []).join('; ')],
      ['Sources', actor.sourceArticles ? `${plural(actor.sourceArticles.length, 'article')} (${plural(actor.sources?.length ?? 0, 'quote')})` : undefined],
      ['Cite', citeButton(actor.citation)],
      ['Id', h('code', {}, actor._id)],
    ]),
    h('div', { class: 'record-actions' }, correctActorForm(actor, rerender), mergeActorForm(actor, rerender)),
    actor.mergeReasons?.length ? h('details', {}, h('summary', {}, 'Why names were merged'), h('ul', {}, actor.mergeReasons.map((r) => h('li', {}, r)))) : null,
    h('p', { class: 'exports' }, h('a', { href: `#/agreements${queryString({ actor: actor._id })}` }, 'Search agreements with this actor'), ' · ', h('a', { href: `#/watches${queryString({ actor: actor._id })}` }, 'watch this actor')),
    h('section', { 'aria-labelledby': 'timeline-h' }, h('h2', { id: 'timeline-h' }, `Agreements and programs over time (${agreements.length + programs.length})`), timeline(actor._id, agreements, programs)),
    // The api sends the newest 200 agreements of an actor and counts them all.
    (body.agreementCount ?? 0) > agreements.length
      ? h('p', { class: 'note' }, `The newest ${agreements.length} of ${body.agreementCount} agreements; `, h('a', { href: `#/agreements${queryString({ actor: actor._id })}` }, 'all of them'), '.')
      : null,
  );
}
