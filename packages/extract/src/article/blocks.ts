import { BLOCK_TAGS, CHROME_TAGS, HEADING_TAGS, SKIP_TAG_PREFIXES, SKIP_TAGS } from './boilerplate.ts';
import { type DomElement, type DomNode, hintString } from './dom.ts';
import { normalizeSpace } from './text.ts';

/**
 * A run of text between block boundaries: a paragraph, a list item, a cell, or a line of a
 * <br>-separated text body (old CMSs write "para<br><br>para" inside one div).
 */
export interface Block {
  text: string;
  /** Characters of `text` inside <a>. */
  linkChars: number;
  /** The innermost block-level element the run sits in. */
  el: DomElement;
  heading: boolean;
  /** Inside <header>, <footer>, <nav>, <aside>, <figure>: read for dates, never story text. */
  chrome: boolean;
  /** class/id hints of inline elements around the run (<span class="tanggal">, <font class="credit">). */
  inlineHints: string;
}

interface Run {
  parts: string[];
  linkChars: number;
  /** Inline elements with a class or id around the run; their hints are read at flush. */
  hinted: DomElement[];
  el: DomElement;
  heading: boolean;
  chrome: boolean;
}

/** An inline label that introduces a link to another story. */
const INLINE_LABEL = /^\s*(?:(?:baca|simak|lihat)\s+(?:juga|pula)\b|baca\s*:|(?:berita|artikel)\s+terkait\s*:|jangan\s+lewatkan\b|(?:read|see)\s+also\b|also\s+read\b|related\s*:)/i;

const isSkipped = (el: DomElement): boolean => {
  if (SKIP_TAGS.has(el.name)) return true;
  if (el.name.includes('-') && SKIP_TAG_PREFIXES.some((p) => el.name.startsWith(p))) return true;
  const a = el.attribs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
};

/** The page as an ordered list of text blocks, skipping what can never be story text. */
export function readBlocks(root: DomElement): Block[] {
  const blocks: Block[] = [];
  let run: Run | undefined;
  const hinted: DomElement[] = [];
  let pendingLabel = false;

  const flush = (): void => {
    if (!run) return;
    const raw = run.parts.join('');
    const text = normalizeSpace(raw);
    if (text) {
      // Link characters were counted raw; scale them to the normalized length.
      const ratio = raw.length > 0 ? text.length / raw.length : 1;
      blocks.push({
        text,
        linkChars: Math.min(text.length, Math.round(run.linkChars * ratio)),
        el: run.el,
        heading: run.heading,
        chrome: run.chrome,
        inlineHints: run.hinted.length ? run.hinted.map(hintString).join(' ') : '',
      });
    }
    run = undefined;
    pendingLabel = false;
  };

  const visit = (el: DomElement, blockEl: DomElement, inLink: boolean, heading: boolean, chrome: boolean): void => {
    for (const c of el.children) {
      if (c.type === 'text') {
        if (!run) {
          if (!/\S/.test(c.data)) continue;
          run = { parts: [], linkChars: 0, hinted: [], el: blockEl, heading, chrome };
        }
        run.parts.push(c.data);
        if (inLink) run.linkChars += c.data.length;
        for (const h of hinted) if (!run.hinted.includes(h)) run.hinted.push(h);
        continue;
      }
      if (c.type !== 'tag') continue;
      if (isSkipped(c)) continue;
      if (c.name === 'br') {
        flush();
        continue;
      }
      if (c.name === 'img') continue;
      const inChrome = chrome || CHROME_TAGS.has(c.name);
      if (BLOCK_TAGS.has(c.name) || CHROME_TAGS.has(c.name)) {
        flush();
        visit(c, c, false, HEADING_TAGS.has(c.name), inChrome);
        flush();
        continue;
      }
      // "<strong>Baca juga:</strong> <a>Other story</a>" inside a paragraph of the story: the
      // label and its link become a block of their own, which the line rules then drop.
      const label = c.name !== 'a' && !inLink && INLINE_LABEL.test(leadingText(c, 24));
      if (label) {
        flush();
        pendingLabel = true;
      }
      const hint = c.attribs['class'] !== undefined || c.attribs['id'] !== undefined;
      if (hint) hinted.push(c);
      // Two <time>s side by side ("23 Oktober 2022" twice, one hidden by CSS) must not glue into "202223".
      if (c.name === 'time' && run) run.parts.push(' ');
      visit(c, blockEl, inLink || c.name === 'a', heading, inChrome);
      if (c.name === 'time' && run) run.parts.push(' ');
      if (hint) hinted.pop();
      if (pendingLabel && (c.name === 'a' || (label && hasLink(c)))) {
        flush();
        pendingLabel = false;
      }
    }
  };

  visit(root, root, false, false, false);
  flush();
  return blocks;
}

/** The first `max` characters of text under a node (enough to recognise a label). */
function leadingText(node: DomNode, max: number): string {
  if (node.type === 'text') return node.data.slice(0, max);
  if (node.type !== 'tag') return '';
  let out = '';
  for (const c of node.children) {
    out += leadingText(c, max - out.length);
    if (out.length >= max) break;
  }
  return out;
}

function hasLink(el: DomElement): boolean {
  for (const c of el.children) if (c.type === 'tag' && (c.name === 'a' || hasLink(c))) return true;
  return false;
}
