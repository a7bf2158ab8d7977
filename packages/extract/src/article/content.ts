import { BOILERPLATE_LINES, MAX_LINK_DENSITY, NEGATIVE_HINT_PARTS, NEGATIVE_HINT_WORDS, POSITIVE_HINT_WORDS, STRONG_NEGATIVE_HINT_WORDS } from './boilerplate.ts';
import type { Block } from './blocks.ts';
import { findDates } from './dates.ts';
import type { DomElement } from './dom.ts';
import { hintString } from './dom.ts';

/**
 * Block scoring. Every block gets a weight: prose (long, punctuated, few links) counts for its
 * length, link lists and boilerplate lines against theirs, and anything under a chrome
 * container (comments, related, share, caption, byline...) against. The story is the element
 * whose blocks weigh most, which keeps multi-page bodies together when the pages outweigh the
 * pager between them; inside it, only blocks that are not boilerplate are kept.
 */

const SENTENCE = /[.!?…]["'”’)]*(?:\s|$)|[,;:]\s/;

export function isBoilerplateLine(text: string): boolean {
  for (const rule of BOILERPLATE_LINES) if (text.length <= rule.maxLength && rule.re.test(text)) return true;
  return false;
}

/** "Selasa, 13 Desember 2022 21:57 WIB", "SumutTerkini - 27/10/2021, 08:15 WIB": a date with a word or two around it. */
export function isDateLine(text: string): boolean {
  if (text.length > 120) return false;
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  return rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length <= 5;
}

const splitHint = (hint: string): string[] => hint.split(/[^a-z0-9]+/).filter(Boolean);

const NEGATIVE_PARTS_RE = new RegExp(NEGATIVE_HINT_PARTS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** class/id say this element is page chrome. */
export function hasNegativeHint(hint: string): boolean {
  if (!hint) return false;
  if (NEGATIVE_PARTS_RE.test(hint)) return true;
  for (const w of splitHint(hint)) if (NEGATIVE_HINT_WORDS.has(w)) return true;
  return false;
}

function hasStrongNegativeHint(hint: string): boolean {
  return splitHint(hint).some((w) => STRONG_NEGATIVE_HINT_WORDS.has(w));
}

/** Reader comments can outweigh a short story; a comment section is never the story. */
const COMMENT_HINT = /(?:^|[^a-z])(?:comments?|komentar|disqus)(?:$|[^a-z])|commentlist|comment-list/;

/** Share of the page's prose a chrome-named container must hold to count as the story's wrapper. */
function wrapperShare(hint: string): number {
  if (COMMENT_HINT.test(hint)) return Infinity;
  return hasStrongNegativeHint(hint) ? 0.8 : 0.5;
}

function hasPositiveHint(el: DomElement): boolean {
  if (el.attribs['itemprop']?.toLowerCase() === 'articlebody') return true;
  const hint = hintString(el);
  return hint !== '' && splitHint(hint).some((w) => POSITIVE_HINT_WORDS.has(w));
}

interface Scored {
  block: Block;
  weight: number;
  prose: boolean;
  boilerplate: boolean;
}

export interface ContentOptions {
  /** The article title: a heading repeating it is not text. */
  title?: string;
}

/** Blocks of a page -> the story's paragraphs, in document order. */
export function selectContent(blocks: readonly Block[], opts: ContentOptions = {}): string[] {
  const scored: Scored[] = blocks.map(scoreBlock);

  // Prose length under each element; chrome-hinted containers that hold most of the prose are
  // wrappers named loosely ("entry-content no-share", "has-sidebar"), not chrome.
  const prose = new Map<DomElement, number>();
  let totalProse = 0;
  for (const s of scored) {
    if (!s.prose) continue;
    const len = s.block.text.length;
    totalProse += len;
    for (let el: DomElement | null = s.block.el; el; el = el.parent) prose.set(el, (prose.get(el) ?? 0) + len);
  }
  const chromeMemo = new Map<DomElement, boolean>();
  const ownChrome = (el: DomElement): boolean => {
    const hint = el.name === 'body' || el.name === 'html' ? '' : hintString(el);
    return hasNegativeHint(hint) && (prose.get(el) ?? 0) < wrapperShare(hint) * totalProse;
  };
  // Up the ancestors to the first known answer, then down again memoizing (no recursion: deep pages).
  const underChrome = (start: DomElement): boolean => {
    const path: DomElement[] = [];
    let known = false;
    for (let el: DomElement | null = start; el; el = el.parent) {
      const memo = chromeMemo.get(el);
      if (memo !== undefined) {
        known = memo;
        break;
      }
      path.push(el);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i] as DomElement;
      known = known || ownChrome(el);
      chromeMemo.set(el, known);
    }
    return known;
  };
  for (const s of scored) {
    if (underChrome(s.block.el) || (s.block.inlineHints && hasNegativeHint(s.block.inlineHints))) {
      s.boilerplate = true;
      s.prose = false;
      s.weight = -Math.min(MAX_PENALTY, s.block.text.length);
    }
  }

  // The heaviest element; among equals the deepest (it holds the same story with less around it).
  const score = new Map<DomElement, number>();
  for (const s of scored) for (let el: DomElement | null = s.block.el; el; el = el.parent) score.set(el, (score.get(el) ?? 0) + s.weight);
  const depth = depths(score.keys());
  let best: DomElement | undefined;
  let bestScore = 0;
  for (const [el, v] of score) {
    if (v * POSITIVE_BONUS < bestScore) continue; // cannot win: spare the hint lookup
    const weighted = hasPositiveHint(el) ? v * POSITIVE_BONUS : v;
    const deeper = best !== undefined && (depth.get(el) ?? 0) > (depth.get(best) ?? 0);
    if (weighted > bestScore || (weighted === bestScore && deeper && isAncestor(best as DomElement, el))) {
      best = el;
      bestScore = weighted;
    }
  }
  if (!best) return [];
  // A story is never one paragraph of a page: a paragraph-level winner means its container's
  // chrome outweighed the other paragraphs, which the filters below remove anyway.
  while (PARAGRAPH_LEVEL.has(best.name) && best.parent && best.parent.name !== '#document') {
    best = best.parent;
    bestScore = score.get(best) ?? bestScore;
  }

  const title = opts.title ? comparable(opts.title) : undefined;
  best = storyAmongSeveral(best, scored, prose, title);

  const selected = new Set<DomElement>([best, ...continuations(best, bestScore, score)]);
  const out: string[] = [];
  // Pages that print the story twice (a desktop and a mobile copy, one hidden by CSS) give it once.
  const seen = new Set<string>();
  for (const s of scored) {
    if (s.boilerplate || !within(s.block.el, selected)) continue;
    const b = s.block;
    if (!/\p{L}/u.test(b.text)) continue;
    if (b.heading && title !== undefined && comparable(b.text) === title) continue;
    if (!s.prose && isDateLine(b.text)) continue;
    if (s.prose) {
      if (seen.has(b.text)) continue;
      seen.add(b.text);
    }
    out.push(b.text);
  }
  return out;
}

/**
 * Infinite-scroll pages carry the next stories below the first, each in its own <article>: when
 * the winner holds several articles of real length, the story is the one the title heads.
 */
function storyAmongSeveral(best: DomElement, scored: readonly Scored[], prose: Map<DomElement, number>, title: string | undefined): DomElement {
  const total = prose.get(best) ?? 0;
  const articles: DomElement[] = [];
  for (const s of scored) {
    if (!s.prose) continue;
    for (let el: DomElement | null = s.block.el; el && el !== best; el = el.parent) {
      if (el.name === 'article' && !articles.includes(el) && (prose.get(el) ?? 0) >= 0.25 * total) articles.push(el);
    }
  }
  const outer = articles.filter((a) => !articles.some((b) => b !== a && isAncestor(b, a)));
  if (outer.length < 2) return best;
  // The one headed by the page's title; else the longest.
  if (title !== undefined) {
    for (const s of scored) {
      if (!s.block.heading || comparable(s.block.text) !== title) continue;
      const owner = outer.find((a) => isAncestor(a, s.block.el));
      if (owner) return owner;
    }
  }
  return outer.reduce((a, b) => ((prose.get(b) ?? 0) > (prose.get(a) ?? 0) ? b : a));
}

/**
 * Later pages of a story printed on one page ("Halaman 1 2" between them) are siblings of the
 * first page's container, built alike; they join the story even when the chrome between them
 * outweighs them.
 */
function continuations(best: DomElement, bestScore: number, score: Map<DomElement, number>): DomElement[] {
  const parent = best.parent;
  if (!parent) return [];
  const family = firstClass(best);
  const siblings = parent.children.filter((c): c is DomElement => c.type === 'tag');
  const at = siblings.indexOf(best);
  const out: DomElement[] = [];
  siblings.forEach((c, i) => {
    // A sibling <article> is another story (related teasers, the next story of an endless page).
    if (c === best || c.name === 'article') return;
    const v = score.get(c) ?? 0;
    if (v <= 0) return;
    const alike = c.name === best.name && family !== undefined && firstClass(c) === family;
    // A lead paragraph or a second body part right next to the body ("lead" + "body" divs).
    const adjacent = Math.abs(i - at) <= 2 && v >= 0.1 * bestScore;
    if ((alike && v >= 0.2 * bestScore) || (hasPositiveHint(c) && v >= 0.5 * bestScore) || adjacent) out.push(c);
  });
  return out;
}

function firstClass(el: DomElement): string | undefined {
  const cls = el.attribs['class']?.trim().split(/\s+/)[0];
  return cls ? cls.replace(/(?:--|__)?(?:page)?[-_]?\d+$/i, '').replace(/--[\w-]+$/, '') : undefined;
}

function within(el: DomElement, containers: ReadonlySet<DomElement>): boolean {
  for (let p: DomElement | null = el; p; p = p.parent) if (containers.has(p)) return true;
  return false;
}

function scoreBlock(block: Block): Scored {
  const len = block.text.length;
  const density = len > 0 ? block.linkChars / len : 0;
  // Cheapest tests first: menus and link lists never reach the line patterns.
  if (block.chrome || density > MAX_LINK_DENSITY || isBoilerplateLine(block.text)) return { block, weight: -Math.min(MAX_PENALTY, len), prose: false, boilerplate: true };
  const prose = len >= 40 && density < 0.3 && SENTENCE.test(block.text);
  if (prose) return { block, weight: len * (1 - density), prose, boilerplate: false };
  // Short lines (datelines, subheads, labels) neither pull the choice nor push it much.
  return { block, weight: len >= 40 ? -0.3 * Math.min(MAX_PENALTY, len) : -1, prose: false, boilerplate: false };
}

/** Chrome counts against a container by its presence more than its length (a long caption is one caption). */
const MAX_PENALTY = 100;

/** A story-named container wins ties with anonymous ones. */
const POSITIVE_BONUS = 1.05;

const PARAGRAPH_LEVEL = new Set(['p', 'li', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'span', 'strong', 'b', 'em', 'i', 'font', 'a']);

/** Depth of each element, memoized up the parent chain (linear even for very deep pages). */
function depths(elements: Iterable<DomElement>): Map<DomElement, number> {
  const depth = new Map<DomElement, number>();
  for (const start of elements) {
    const path: DomElement[] = [];
    let d = -1;
    for (let el: DomElement | null = start; el; el = el.parent) {
      const known = depth.get(el);
      if (known !== undefined) {
        d = known;
        break;
      }
      path.push(el);
    }
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i] as DomElement, ++d);
  }
  return depth;
}

function isAncestor(ancestor: DomElement, el: DomElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
