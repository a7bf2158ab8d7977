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

const MAX_INLINE_HINTS = 8;

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

  // An explicit stack, not recursion: old CMSs leave thousands of <font>/<b> unclosed, and the
  // nesting htmlparser2 builds from them would overflow the call stack.
  const stack: Frame[] = [{ el: root, next: 0, blockEl: root, inLink: false, heading: false, chrome: false, block: true, label: false, hinted: false }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    if (f.next >= f.el.children.length) {
      stack.pop();
      leave(f);
      continue;
    }
    const c = f.el.children[f.next++] as DomNode;
    if (c.type === 'text') {
      if (!run) {
        if (!/\S/.test(c.data)) continue;
        run = { parts: [], linkChars: 0, hinted: [], el: f.blockEl, heading: f.heading, chrome: f.chrome };
      }
      run.parts.push(c.data);
      if (f.inLink) run.linkChars += c.data.length;
      // The innermost few hinted wrappers say what a run is; a deep chain of them adds nothing.
      for (let i = hinted.length - 1; i >= 0 && i >= hinted.length - MAX_INLINE_HINTS; i--) {
        const h = hinted[i] as DomElement;
        if (!run.hinted.includes(h)) run.hinted.push(h);
      }
      continue;
    }
    if (c.type !== 'tag') continue;
    if (isSkipped(c)) continue;
    if (c.name === 'br') {
      flush();
      continue;
    }
    if (c.name === 'img') continue;
    const chrome = f.chrome || CHROME_TAGS.has(c.name);
    if (BLOCK_TAGS.has(c.name) || CHROME_TAGS.has(c.name)) {
      flush();
      stack.push({ el: c, next: 0, blockEl: c, inLink: false, heading: HEADING_TAGS.has(c.name), chrome, block: true, label: false, hinted: false });
      continue;
    }
    // "<strong>Baca juga:</strong> <a>Other story</a>" inside a paragraph of the story: the
    // label and its link become a block of their own, which the line rules then drop.
    const label = c.name !== 'a' && !f.inLink && INLINE_LABEL.test(leadingText(c, 24));
    if (label) {
      flush();
      pendingLabel = true;
    }
    const hint = c.attribs['class'] !== undefined || c.attribs['id'] !== undefined;
    if (hint) hinted.push(c);
    // Two <time>s side by side ("23 Oktober 2022" twice, one hidden by CSS) must not glue into "202223".
    if (c.name === 'time' && run) run.parts.push(' ');
    stack.push({ el: c, next: 0, blockEl: f.blockEl, inLink: f.inLink || c.name === 'a', heading: f.heading, chrome, block: false, label, hinted: hint });
  }
  flush();
  return blocks;

  function leave(f: Frame): void {
    if (f.block) {
      flush();
      return;
    }
    const c = f.el;
    if (c.name === 'time' && run) run.parts.push(' ');
    if (f.hinted) hinted.pop();
    if (pendingLabel && (c.name === 'a' || (f.label && hasLink(c)))) {
      flush();
      pendingLabel = false;
    }
  }
}

interface Frame {
  el: DomElement;
  /** Index of the next child to visit. */
  next: number;
  blockEl: DomElement;
  inLink: boolean;
  heading: boolean;
  chrome: boolean;
  /** A block-level element: its end ends the run. */
  block: boolean;
  /** An inline "Baca juga" label. */
  label: boolean;
  /** Pushed on `hinted`. */
  hinted: boolean;
}

/** The first `max` characters of text under a node (enough to recognise a label). */
function leadingText(node: DomNode, max: number): string {
  let out = '';
  const stack: DomNode[] = [node];
  // A label is near the surface; a bounded look keeps chains of empty wrappers linear.
  for (let budget = 64; stack.length > 0 && out.length < max && budget > 0; budget--) {
    const n = stack.pop() as DomNode;
    if (n.type === 'text') out += n.data.slice(0, max - out.length);
    else if (n.type === 'tag') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as DomNode);
  }
  return out;
}

function hasLink(el: DomElement): boolean {
  const stack: DomNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop() as DomNode;
    if (n.type !== 'tag') continue;
    if (n.name === 'a') return true;
    for (const c of n.children) stack.push(c);
  }
  return false;
}
