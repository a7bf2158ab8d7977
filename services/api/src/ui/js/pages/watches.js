// #/watches: saved filters with an Atom feed each and an optional webhook.
import { h, replace, errorBox, externalLink, note } from '../dom.js';
import { del, getJson, post } from '../api.js';
import { describeFilter, filterFields, pickFilters, readForm } from '../filters.js';
import { actionButton } from '../actions.js';

const enc = encodeURIComponent;

/** The webhook delivery log, loaded when opened. */
function deliveries(w) {
  const box = h('div', {}, note('Loading…'));
  const details = h('details', { class: 'deliveries' }, h('summary', {}, 'Webhook deliveries'), box);
  details.addEventListener('toggle', async () => {
    if (!details.open) return;
    try {
      const body = await getJson(`/watches/${enc(w._id)}/deliveries`);
      const items = body.items ?? [];
      replace(
        box,
        items.length
          ? h('ul', {}, items.map((d) => h('li', {}, [d.status ?? d.state, d.statusCode ?? d.lastStatus, d.attempts !== undefined ? `${d.attempts} attempts` : null, d.lastAttemptAt, d.lastError].filter((x) => x !== undefined && x !== null && x !== '').join(' · '))))
          : note('No deliveries yet.'),
      );
    } catch (err) {
      replace(box, errorBox(err));
    }
  });
  return details;
}

function watchItem(w, reload) {
  const feed = w.feed ?? `/watches/${enc(w._id)}/feed.atom`;
  return h(
    'li',
    { class: 'watch', dataset: { id: w._id ?? w.id } },
    h('h3', {}, w.name),
    h('p', {}, describeFilter(w.filter)),
    h(
      'p',
      { class: 'meta' },
      h('a', { href: feed, type: 'application/atom+xml' }, 'Atom feed'),
      w.webhookUrl ? [' · webhook: ', externalLink(w.webhookUrl), w.hasSecret ? ' (signed)' : null] : null,
      w.createdAt ? ` · since ${String(w.createdAt).slice(0, 10)}` : null,
    ),
    w.webhookUrl ? deliveries(w) : null,
    actionButton('Delete', async () => {
      await del(`/watches/${enc(w._id)}`);
      await reload();
    }, { confirmText: `Delete the watch “${w.name}”?` }),
  );
}

export async function watchesPage(main, { params, signal }) {
  const list = h('ul', { class: 'watches', id: 'watch-list' });
  const listStatus = h('div', {});
  async function reload() {
    try {
      const body = await getJson('/watches', undefined, { signal });
      const items = Array.isArray(body) ? body : (body.items ?? []);
      replace(list, items.map((w) => watchItem(w, reload)));
      replace(listStatus, items.length ? null : note('No watches yet.'));
    } catch (err) {
      if (signal.aborted) return;
      replace(listStatus, err.status === 401 || err.status === 403 ? note('Set the API token (top right) to see the watches.') : errorBox(err));
    }
  }

  const name = h('input', { id: 'w-name', name: 'name', type: 'text', required: true, placeholder: 'e.g. Korea and UMKM' });
  const webhookUrl = h('input', { id: 'w-webhookUrl', name: 'webhookUrl', type: 'url', placeholder: 'https://example.org/hook (optional)' });
  const secret = h('input', { id: 'w-secret', name: 'secret', type: 'password', autocomplete: 'off', minlength: 8, placeholder: 'at least 8 characters (optional)' });
  const message = h('div', { role: 'status' });
  const form = h(
    'form',
    { class: 'search', 'aria-labelledby': 'add-watch-h' },
    h('h2', { id: 'add-watch-h' }, 'Add a watch'),
    h('div', { class: 'field wide' }, h('label', { for: name.id }, 'Name'), name),
    h('fieldset', {}, h('legend', {}, 'Agreements to watch'), filterFields(params, { prefix: 'w' })),
    h(
      'div',
      { class: 'filters' },
      h('div', { class: 'field wide' }, h('label', { for: webhookUrl.id }, 'Webhook URL'), webhookUrl),
      h('div', { class: 'field' }, h('label', { for: secret.id }, 'Webhook secret'), secret, h('small', {}, 'Left empty, one is made for you.')),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Add watch')),
    message,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const values = readForm(form);
    const body = { name: values.name, filter: pickFilters(values) };
    for (const flag of ['includeIrrelevant', 'includeDismissed']) if (body.filter[flag]) body.filter[flag] = true;
    if (values.webhookUrl) body.webhookUrl = values.webhookUrl;
    if (values.secret) body.secret = values.secret;
    replace(message, 'Saving…');
    try {
      const made = await post('/watches', body);
      replace(
        message,
        h('p', {}, `Added “${body.name}”.`),
        made?.secret && !body.secret ? h('p', { class: 'warning' }, 'The api made a secret for the webhook; it is shown only now. Receivers check X-Coopnews-Signature with it: ', h('code', {}, made.secret)) : null,
      );
      name.value = '';
      await reload();
    } catch (err) {
      replace(message, errorBox(err));
    }
  });

  replace(
    main,
    h('h1', {}, 'Watches'),
    h('p', { class: 'note' }, 'A watch follows new and changed agreements matching its filters: read it as an Atom feed, or have it posted to a webhook.'),
    h('section', { 'aria-labelledby': 'watch-list-h' }, h('h2', { id: 'watch-list-h' }, 'Your watches'), listStatus, list),
    form,
  );
  await reload();
}
