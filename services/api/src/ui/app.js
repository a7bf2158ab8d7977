// coopnews web UI: hash routes to pages; each page renders into <main> with DOM APIs only.
import { h, replace, errorBox } from './js/dom.js';
import { askToken, forgetToken, getToken } from './js/api.js';
import { agreementsPage } from './js/pages/agreements.js';
import { agreementPage } from './js/pages/agreement.js';
import { actorsPage, actorPage } from './js/pages/actors.js';
import { programPage, articlePage } from './js/pages/misc.js';
import { chartPage } from './js/pages/chart.js';
import { watchesPage } from './js/pages/watches.js';
import { reviewPage } from './js/pages/review.js';
import { feedsPage } from './js/pages/feeds.js';

/** [pattern, page, nav section]; `:id` captures one path segment. */
const ROUTES = [
  ['agreements', agreementsPage, 'agreements'],
  ['agreements/:id', agreementPage, 'agreements'],
  ['actors', actorsPage, 'actors'],
  ['actors/:id', actorPage, 'actors'],
  ['programs/:id', programPage, 'actors'],
  ['articles/:id', articlePage, 'agreements'],
  ['chart', chartPage, 'chart'],
  ['watches', watchesPage, 'watches'],
  ['review', reviewPage, 'review'],
  ['feeds', feedsPage, 'feeds'],
];

/** "#/agreements/abc?country=ID" -> { path: "agreements/abc", params: {country: "ID"} }. */
export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  return { path: path.replace(/\/+$/, '') || 'agreements', params: Object.fromEntries(new URLSearchParams(query)) };
}

function match(path) {
  const parts = path.split('/');
  for (const [pattern, page, section] of ROUTES) {
    const want = pattern.split('/');
    if (want.length !== parts.length) continue;
    const args = {};
    if (want.every((w, i) => (w.startsWith(':') ? ((args[w.slice(1)] = decodeURIComponent(parts[i])), true) : w === parts[i]))) return { page, section, args };
  }
  return null;
}

let current = null;

async function route(event) {
  // In-page anchors ("#sources") are not routes.
  if (location.hash && !location.hash.startsWith('#/')) return;
  const navigated = event?.type === 'hashchange';
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const main = document.getElementById('main');
  const { path, params } = parseHash(location.hash);
  const found = match(path);
  for (const a of document.querySelectorAll('nav a[data-route]')) {
    if (found && a.dataset.route === found.section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  replace(main, h('p', { class: 'note' }, 'Loading…'));
  try {
    if (!found) throw new Error(`No page here: #/${path}`);
    await found.page(main, { ...found.args, params, signal: controller.signal });
  } catch (err) {
    if (controller.signal.aborted) return;
    replace(main, h('h1', {}, 'Something went wrong'), errorBox(err));
  } finally {
    if (current === controller) main.removeAttribute('aria-busy');
  }
  if (controller.signal.aborted) return;
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · coopnews` : 'coopnews';
  // A new page starts at its top, and screen readers hear where they are.
  if (navigated && !main.contains(document.activeElement)) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
}

function renderTokenStatus() {
  const box = document.getElementById('token-status');
  if (!box) return;
  if (getToken()) replace(box, h('span', { class: 'note' }, 'Token set'), ' ', h('button', { type: 'button', class: 'link', onclick: () => forgetToken() }, 'Forget token'));
  else replace(box, h('button', { type: 'button', class: 'link', onclick: () => askToken() }, 'Set API token'));
}

window.addEventListener('hashchange', route);
document.addEventListener('coopnews:token', renderTokenStatus);
renderTokenStatus();
route();
