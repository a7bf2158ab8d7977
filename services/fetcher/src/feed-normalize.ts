// Text repairs made before a feed reaches the XML parser: the slips a lenient reader forgives
// (bare &, HTML entities, stray BOMs and control characters, no <channel>, junk after the root,
// a cut-off end). Every scan here is linear (indexOf loops and regexes without nested
// quantifiers), so a hostile feed costs time in proportion to its size.
import { decodeHTMLStrict } from 'entities';

export interface Normalized {
  text: string;
  /** What was changed, one short phrase each, for logs and `coopnews feeds check`. */
  repairs: string[];
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
// Characters XML 1.0 forbids (C0 controls but tab, LF, CR), and byte-order marks past the start.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ufeff]/g;
const ENTITY = /&(?:#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|([A-Za-z][A-Za-z0-9]{0,31});)?/g;

function validCodePoint(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * Entities in character data: a bare & becomes &amp;, HTML entities (&nbsp; &eacute;) become
 * character references, references to forbidden characters and entities nobody defines (a DTD's
 * are never expanded) are kept as literal text.
 */
function repairEntities(text: string, counts: Map<string, number>): string {
  const bump = (what: string): void => void counts.set(what, (counts.get(what) ?? 0) + 1);
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      if (validCodePoint(dec !== undefined ? Number(dec) : parseInt(hex as string, 16))) return whole;
      bump('references to characters XML forbids kept as text');
      return `&amp;${whole.slice(1)}`;
    }
    if (name === undefined) {
      bump('bare & escaped');
      return '&amp;';
    }
    if (XML_ENTITIES.has(name)) return whole;
    const decoded = decodeHTMLStrict(whole);
    if (decoded !== whole) {
      bump('HTML entities turned into characters');
      return [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('');
    }
    bump('undefined entities kept as text');
    return `&amp;${name};`;
  });
}

/** Calls `text` on character data and `raw` on CDATA sections, comments and processing instructions, in order. */
function mapCharacterData(xml: string, text: (s: string) => string): string {
  const out: string[] = [];
  let i = 0;
  while (i < xml.length) {
    const next = xml.indexOf('<', i);
    if (next === -1) {
      out.push(text(xml.slice(i)));
      break;
    }
    out.push(text(xml.slice(i, next)));
    let end: string;
    if (xml.startsWith('<![CDATA[', next)) end = ']]>';
    else if (xml.startsWith('<!--', next)) end = '-->';
    else if (xml.startsWith('<?', next)) end = '?>';
    else end = '>';
    const close = xml.indexOf(end, next + 1);
    if (close === -1) {
      // An unterminated section or tag runs to the end; the parser will say so.
      out.push(end === '>' ? text(xml.slice(next)) : xml.slice(next));
      break;
    }
    const piece = xml.slice(next, close + end.length);
    // Attribute values are character data for entities too (a bare & in an href).
    out.push(end === '>' ? text(piece) : piece);
    i = close + end.length;
  }
  return out.join('');
}

/** Removes a DOCTYPE (with its internal subset): feeds need none, and its entities are never expanded. */
function dropDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start === -1) return xml;
  const bracket = xml.indexOf('[', start);
  const gt = xml.indexOf('>', start);
  if (gt === -1) return xml;
  let end = gt;
  if (bracket !== -1 && bracket < gt) {
    const closeSubset = xml.indexOf(']', bracket);
    end = closeSubset === -1 ? -1 : xml.indexOf('>', closeSubset);
  }
  return end === -1 ? xml : xml.slice(0, start) + xml.slice(end + 1);
}

const ROOT = /<([A-Za-z_][\w.:-]*)[\s>/]/g;

/** Name of the first element (skipping the declaration, comments and the doctype). */
export function rootName(xml: string): string | undefined {
  ROOT.lastIndex = 0;
  for (let m = ROOT.exec(xml); m !== null; m = ROOT.exec(xml)) {
    const before = xml.lastIndexOf('<!--', m.index);
    if (before !== -1 && xml.indexOf('-->', before) > m.index) {
      ROOT.lastIndex = xml.indexOf('-->', before);
      continue;
    }
    return m[1];
  }
  return undefined;
}

/**
 * The repairs tried before every parse. `rss` without a `channel` gets one; text after the
 * root's end tag is cut.
 */
export function normalizeFeed(input: string): Normalized {
  const repairs: string[] = [];
  let text = input;
  const firstTag = text.indexOf('<');
  if (firstTag > 0) {
    text = text.slice(firstTag);
    repairs.push('text before the first tag removed');
  }
  const withoutForbidden = text.replace(FORBIDDEN, '');
  if (withoutForbidden.length !== text.length) repairs.push(`${text.length - withoutForbidden.length} characters XML forbids removed`);
  text = dropDoctype(withoutForbidden);
  if (text.length !== withoutForbidden.length) repairs.push('DOCTYPE removed (its entities are not expanded)');

  const counts = new Map<string, number>();
  if (text.includes('&')) text = mapCharacterData(text, (s) => (s.includes('&') ? repairEntities(s, counts) : s));
  for (const [what, n] of counts) repairs.push(`${n} ${what}`);

  const root = rootName(text);
  if (root !== undefined) {
    const endTag = `</${root}>`;
    const end = text.lastIndexOf(endTag);
    if (end !== -1 && text.slice(end + endTag.length).trim() !== '') {
      text = text.slice(0, end + endTag.length);
      repairs.push(`text after ${endTag} removed`);
    }
    if (root === 'rss' && !/<channel[\s>]/.test(text)) {
      const open = text.indexOf('>', text.indexOf('<rss')) + 1;
      const close = text.lastIndexOf('</rss>');
      text = `${text.slice(0, open)}<channel>${close === -1 ? text.slice(open) : text.slice(open, close)}</channel>${close === -1 ? '' : text.slice(close)}`;
      repairs.push('<channel> added around the items');
    }
  }
  return { text, repairs };
}

const ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)>/g;
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)[^<>]*?(\/?)>/g;

/**
 * For a feed cut off mid-way: the text up to the last complete item or entry, with end tags for
 * the elements still open there. Undefined when there is no complete item to keep.
 */
export function closeTruncated(xml: string): string | undefined {
  let lastEnd = -1;
  ITEM_END.lastIndex = 0;
  for (let m = ITEM_END.exec(xml); m !== null; m = ITEM_END.exec(xml)) lastEnd = m.index + m[0].length;
  if (lastEnd === -1) return undefined;
  const kept = xml.slice(0, lastEnd);
  const open: string[] = [];
  mapCharacterData(kept, (s) => {
    TAG.lastIndex = 0;
    for (let m = TAG.exec(s); m !== null; m = TAG.exec(s)) {
      const [, closing, name, selfClosing] = m;
      if (selfClosing === '/') continue;
      if (closing === '/') {
        const at = open.lastIndexOf(name as string);
        if (at !== -1) open.length = at;
      } else open.push(name as string);
    }
    return s;
  });
  return kept + open.reverse().map((name) => `</${name}>`).join('');
}
