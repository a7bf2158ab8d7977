// Article text with evidence quotes marked, built from text nodes and <mark> elements only.
import { h } from './dom.js';

/**
 * Where a quote is in the text: at its offsets when they match, else its first occurrence
 * (offsets can go stale when an article is re-extracted), else null.
 */
export function locate(text, { quote, start, end }) {
  if (typeof text !== 'string' || !quote) return null;
  if (Number.isInteger(start) && Number.isInteger(end) && text.slice(start, end) === quote) return { start, end, exact: true };
  const at = text.indexOf(quote);
  return at >= 0 ? { start: at, end: at + quote.length, exact: false } : null;
}

/**
 * A fragment of the text with each range in a <mark>: text before, the mark, text after.
 * Ranges are { start, end, id?, label? }; overlapping ranges are joined into one mark.
 */
export function highlighted(text, ranges) {
  const sorted = ranges
    .filter((r) => r && r.start >= 0 && r.end <= text.length && r.start < r.end)
    .map((r) => ({ ...r, ids: r.id ? [r.id] : [] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const joined = [];
  for (const r of sorted) {
    const last = joined.at(-1);
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      last.ids.push(...r.ids);
    } else joined.push(r);
  }
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const r of joined) {
    if (r.start > at) frag.append(document.createTextNode(text.slice(at, r.start)));
    const mark = h('mark', { title: r.label });
    if (r.ids.length) mark.id = r.ids[0];
    mark.textContent = text.slice(r.start, r.end);
    frag.append(mark);
    at = r.end;
  }
  if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
  return frag;
}
