// Reviewer actions on agreements and actors, shared by the record pages and the review queue.
import { h, replace, errorBox } from './dom.js';
import { post } from './api.js';
import { KINDS, STATUSES, TYPES, words } from './format.js';

const CATEGORIES = ['ministry', 'national_government', 'provincial_government', 'local_government', 'agency', 'embassy', 'chamber', 'association', 'company', 'state_company', 'university', 'international_body', 'ngo', 'media', 'other'];

/** A button that runs `action`, shows "Working…" meanwhile and reports failure next to itself. */
export function actionButton(label, action, { className = 'secondary', confirmText } = {}) {
  const status = h('span', { class: 'action-status', role: 'status' });
  const button = h('button', { type: 'button', class: className }, label);
  button.addEventListener('click', async () => {
    if (confirmText && !window.confirm(confirmText)) return;
    button.disabled = true;
    replace(status, 'Working…');
    try {
      await action();
      replace(status, 'Done');
    } catch (err) {
      replace(status, errorBox(err));
      button.disabled = false;
    }
  });
  return h('span', { class: 'action' }, button, status);
}

const enc = encodeURIComponent;

export const dismissAgreement = (id) => post(`/agreements/${enc(id)}/dismiss`, {});
export const dismissError = (id) => post(`/errors/${enc(id)}/dismiss`, {});
export const retryError = (id) => post(`/errors/${enc(id)}/retry`, {});
export const mergeActors = (id, otherId) => post(`/actors/${enc(id)}/merge`, { otherId });

/**
 * A small form correcting an agreement's type, status, sectors and summary. Only fields the
 * reviewer changed are sent. `onDone(answer)` runs after the api accepted it.
 */
export function correctAgreementForm(agreement, onDone) {
  const id = agreement._id;
  const pre = `fix-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const options = (map, value) => Object.entries(map).map(([v, l]) => h('option', { value: v, selected: v === value }, l));
  const type = h('select', { id: `${pre}-type`, name: 'type' }, options(TYPES, agreement.type));
  const status = h('select', { id: `${pre}-status`, name: 'status' }, options(STATUSES, agreement.status));
  const sectors = h('input', { id: `${pre}-sectors`, name: 'sectors', type: 'text', value: (agreement.sectors ?? []).join(', ') });
  const summary = h('textarea', { id: `${pre}-summary`, name: 'summary', rows: 2 });
  summary.value = agreement.summary ?? '';
  const message = h('div', { role: 'status' });
  const form = h(
    'form',
    { class: 'correct-form', 'aria-label': 'Correct this agreement' },
    h('div', { class: 'field' }, h('label', { for: type.id }, 'Type'), type),
    h('div', { class: 'field' }, h('label', { for: status.id }, 'Status'), status),
    h('div', { class: 'field wide' }, h('label', { for: sectors.id }, 'Sectors (comma-separated)'), sectors),
    h('div', { class: 'field wide' }, h('label', { for: summary.id }, 'Summary'), summary),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save correction')),
    message,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const fields = {};
    if (type.value !== agreement.type) fields.type = type.value;
    if (status.value !== agreement.status) fields.status = status.value;
    const list = sectors.value.split(',').map((s) => s.trim()).filter(Boolean);
    if (list.join(',') !== (agreement.sectors ?? []).join(',')) fields.sectors = list;
    if (summary.value.trim() !== (agreement.summary ?? '')) fields.summary = summary.value.trim();
    if (!Object.keys(fields).length) return replace(message, 'Nothing changed.');
    replace(message, 'Saving…');
    try {
      const answer = await post(`/agreements/${enc(id)}/correct`, { fields });
      Object.assign(agreement, fields);
      replace(message, 'Saved.');
      onDone?.(answer);
    } catch (err) {
      replace(message, errorBox(err));
    }
  });
  return h('details', { class: 'correct' }, h('summary', {}, 'Correct…'), form);
}

/** A form merging another actor (by id) into this one. */
export function mergeActorForm(actor, onDone) {
  const input = h('input', { id: `merge-${actor._id}`, name: 'otherId', type: 'text', required: true, placeholder: 'id of the duplicate actor' });
  const message = h('div', { role: 'status' });
  const form = h(
    'form',
    { class: 'inline-form', 'aria-label': `Merge another actor into ${actor.name}` },
    h('label', { for: input.id }, 'Merge duplicate (actor id)'),
    input,
    h('button', { type: 'submit', class: 'secondary' }, 'Merge into this actor'),
    message,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    replace(message, 'Merging…');
    try {
      const answer = await mergeActors(actor._id, input.value.trim());
      replace(message, 'Merged.');
      onDone?.(answer);
    } catch (err) {
      replace(message, errorBox(err));
    }
  });
  return h('details', { class: 'correct' }, h('summary', {}, 'Merge…'), form);
}

/** A small form correcting an actor's name, kind, category and country. */
export function correctActorForm(actor, onDone) {
  const pre = `fixa-${actor._id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const name = h('input', { id: `${pre}-name`, name: 'name', type: 'text', value: actor.name ?? '' });
  const kind = h('select', { id: `${pre}-kind`, name: 'kind' }, Object.entries(KINDS).map(([v, l]) => h('option', { value: v, selected: v === actor.kind }, l)));
  const category = h('select', { id: `${pre}-category`, name: 'category' }, h('option', { value: '' }, '(none)'), CATEGORIES.map((c) => h('option', { value: c, selected: c === actor.category }, words(c))));
  const country = h('input', { id: `${pre}-country`, name: 'country', type: 'text', size: 6, value: actor.country ?? '', placeholder: 'KR or ID-JT' });
  const message = h('div', { role: 'status' });
  const form = h(
    'form',
    { class: 'correct-form', 'aria-label': 'Correct this actor' },
    h('div', { class: 'field wide' }, h('label', { for: name.id }, 'Name'), name),
    h('div', { class: 'field' }, h('label', { for: kind.id }, 'Kind'), kind),
    h('div', { class: 'field' }, h('label', { for: category.id }, 'Category'), category),
    h('div', { class: 'field' }, h('label', { for: country.id }, 'Country'), country),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save correction')),
    message,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const fields = {};
    if (name.value.trim() && name.value.trim() !== actor.name) fields.name = name.value.trim();
    if (kind.value !== actor.kind) fields.kind = kind.value;
    if (category.value && category.value !== actor.category) fields.category = category.value;
    if (country.value.trim() && country.value.trim().toUpperCase() !== actor.country) fields.country = country.value.trim().toUpperCase();
    if (!Object.keys(fields).length) return replace(message, 'Nothing changed.');
    replace(message, 'Saving…');
    try {
      const answer = await post(`/actors/${enc(actor._id)}/correct`, { fields });
      Object.assign(actor, fields);
      replace(message, 'Saved.');
      onDone?.(answer);
    } catch (err) {
      replace(message, errorBox(err));
    }
  });
  return h('details', { class: 'correct' }, h('summary', {}, 'Correct…'), form);
}

export const dismissActor = (id) => post(`/actors/${enc(id)}/dismiss`, {});
export const dismissProgram = (id) => post(`/programs/${enc(id)}/dismiss`, {});
