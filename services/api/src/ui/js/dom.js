// Small DOM helpers. Everything the UI shows from data goes through text nodes or
// setAttribute, never innerHTML, so article text and record fields render inert.

/**
 * Creates an element. `attrs`: `class`, `text`, `dataset` (object), `on<event>` (function),
 * boolean values toggle an attribute, anything else is set with setAttribute.
 * Children may be nodes, strings (become text nodes), arrays, or null/undefined/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Like h() for SVG elements. */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
}

/** Appends children (see h()) to a parent node. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of an element. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Replaces the children of an element. */
export function replace(el, ...children) {
  clear(el);
  return append(el, children);
}

/** An http(s) URL as given, anything else (javascript:, data:...) as null, for hrefs from data. */
export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to an external URL from data; plain text when the URL is not http(s). */
export function externalLink(url, label = url) {
  const href = safeUrl(url);
  if (!href) return h('span', { class: 'url' }, label ?? '');
  return h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'url' }, label ?? url);
}

/** A <dl> from [term, value] pairs; pairs whose value is empty are left out. */
export function defList(pairs, attrs = {}) {
  const dl = h('dl', { class: 'facts', ...attrs });
  for (const [term, value] of pairs) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    dl.append(h('dt', {}, term), h('dd', {}, value));
  }
  return dl;
}

/** A paragraph saying something went wrong, for a page section. */
export function errorBox(err) {
  return h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err));
}

/** A muted paragraph, for empty lists and loading states. */
export const note = (text) => h('p', { class: 'note' }, text);

/**
 * A "Cite" button: copies the record's one-line citation (the api's `citation.text`) to the
 * clipboard and shows it beside the button, so it can be copied by hand where the clipboard is
 * not allowed. Nothing when there is no citation.
 */
export function citeButton(citation, label = 'Cite') {
  if (!citation?.text) return null;
  const shown = h('output', { class: 'citation', hidden: true });
  const button = h('button', {
    type: 'button',
    class: 'cite',
    title: 'Copy a citation (outlet, title, date, URL, quote)',
    onclick: async () => {
      let copied = false;
      try {
        await navigator.clipboard.writeText(citation.text);
        copied = true;
      } catch {
        // No clipboard here (permission, insecure origin): the text below is there to copy by hand.
      }
      replace(shown, h('span', { class: 'note' }, copied ? 'Copied: ' : 'Copy: '), h('span', { class: 'citation-text' }, citation.text));
      shown.hidden = false;
      shown.dataset.copied = String(copied);
    },
  }, label);
  return h('span', { class: 'cite-box' }, button, ' ', shown);
}
