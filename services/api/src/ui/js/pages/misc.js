// #/programs/:id and #/articles/:id: plain record pages.
import { h, replace, defList, externalLink, note, citeButton } from '../dom.js';
import { getJson } from '../api.js';
import { day, plural, words } from '../format.js';
import { highlighted, locate } from '../highlight.js';

const enc = encodeURIComponent;

function actorLinks(ids, names = {}) {
  if (!ids?.length) return undefined;
  return h('span', {}, ids.flatMap((id, i) => [i ? ', ' : null, h('a', { href: `#/actors/${enc(id)}` }, names[id] ?? id)]));
}

export async function programPage(main, { id, signal }) {
  const body = await getJson(`/programs/${enc(id)}`, undefined, { signal });
  const p = body.program ?? body;
  // Organizers and participants come as ids; look their names up (a program has few).
  const ids = [...new Set([...(p.organizerIds ?? []), ...(p.participantIds ?? [])])].slice(0, 30);
  const names = Object.fromEntries(
    (await Promise.all(ids.map((x) => getJson(`/actors/${enc(x)}`, undefined, { signal }).then((b) => b.actor ?? b, () => null)))).filter(Boolean).map((a) => [a._id, a.name]),
  );
  replace(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/actors' }, 'Actors')),
    h('h1', {}, p.acronym ? `${p.name} (${p.acronym})` : p.name),
    defList([
      ['Kind', words(p.kind)],
      ['Aliases', (p.aliases ?? []).join(', ')],
      ['Organizers', actorLinks(p.organizerIds, names)],
      ['Participants', actorLinks(p.participantIds, names)],
      ['Seen', p.firstSeen ? `${day(p.firstSeen)} to ${day(p.lastSeen)}` : undefined],
    ]),
    h('p', { class: 'cite-record' }, citeButton(p.citation, 'Cite this program')),
    h('h2', {}, `Sources (${p.sourceArticles?.length ?? 0})`),
    p.sourceArticles?.length
      ? h(
          'ul',
          { class: 'source-articles' },
          p.sourceArticles.map((s) =>
            h(
              'li',
              {},
              h('p', { class: 'meta' }, s.title ? `${s.outlet}: ${s.title}` : s.outlet, ' · ', day(s.publishedAt), ' · ', h('a', { href: `#/articles/${enc(s.articleId)}` }, 'article'), ' ', citeButton(s.citation)),
              h('ul', { class: 'quotes' }, s.quotes.map((q) => h('li', {}, h('blockquote', {}, q.quote)))),
            ),
          ),
        )
      : note('No sources.'),
  );
}

export async function articlePage(main, { id, params, signal }) {
  const body = await getJson(`/articles/${enc(id)}`, undefined, { signal });
  const a = body.article ?? body;
  const text = h('div', { class: 'text' });
  const ranges = params.start && params.end ? [locate(a.text, { quote: a.text.slice(+params.start, +params.end), start: +params.start, end: +params.end })] : [];
  text.append(highlighted(a.text ?? '', ranges.filter(Boolean)));
  replace(
    main,
    h('h1', {}, a.title || a.url),
    defList([
      ['Outlet', a.outlet],
      ['Published', a.publishedAt],
      ['Language', a.language],
      ['About cooperation', a.relevant === undefined ? undefined : a.relevant ? 'yes' : 'no'],
      ['Records', `${plural(a.agreementIds?.length ?? 0, 'agreement')}, ${plural(a.actorIds?.length ?? 0, 'actor')}, ${plural(a.programIds?.length ?? 0, 'program')}`],
      ['Original', externalLink(a.url)],
    ]),
    a.warnings?.length ? h('details', {}, h('summary', {}, 'Extraction warnings'), h('ul', {}, a.warnings.map((w) => h('li', {}, w)))) : null,
    h('h2', {}, 'Text'),
    h('div', { class: 'article-text full', role: 'region', 'aria-label': 'Article text', tabindex: '0' }, text),
    a.agreementIds?.length ? [h('h2', {}, 'Agreements from this article'), h('ul', {}, a.agreementIds.map((x) => h('li', {}, h('a', { href: `#/agreements/${enc(x)}` }, x))))] : null,
  );
}
