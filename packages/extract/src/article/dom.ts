import { load } from 'cheerio/slim';

/**
 * The few node shapes the article stage walks. cheerio/slim parses with htmlparser2, whose
 * nodes have exactly these fields; typing them here keeps us off a transitive dependency and
 * lets one hand-written walk replace many selector queries (selectors cost more than the parse).
 */
export interface DomText {
  type: 'text';
  data: string;
  parent: DomElement | null;
}

export interface DomElement {
  type: 'tag' | 'script' | 'style' | 'root';
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
  parent: DomElement | null;
}

export interface DomOther {
  type: 'comment' | 'directive' | 'cdata';
  parent: DomElement | null;
}

export type DomNode = DomText | DomElement | DomOther;

/** HTML string -> document root. htmlparser2 is lenient and decodes entities; it never throws. */
export function parseHtml(html: string): DomElement {
  const root = load(html).root()[0] as unknown as DomElement;
  // The document node has neither; giving it empty ones spares every caller a guard.
  root.attribs ??= {};
  root.name ??= '#document';
  return root;
}

export function isElement(node: DomNode): node is DomElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style' || node.type === 'root';
}

/** All text under a node, raw (not normalized); script and style hold no text. */
export function rawText(node: DomNode): string {
  let out = '';
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as DomNode;
    if (n.type === 'text') out += n.data;
    else if (n.type === 'tag' || n.type === 'root') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as DomNode);
  }
  return out;
}

/**
 * Depth-first, document order; `visit` returns false to skip an element's children. Iterative:
 * pages with thousands of unclosed inline tags nest deeper than the call stack allows.
 */
export function walk(node: DomElement, visit: (el: DomElement) => boolean | void): void {
  const stack: DomElement[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) {
    const c = node.children[i] as DomNode;
    if (isElement(c)) stack.push(c);
  }
  while (stack.length > 0) {
    const el = stack.pop() as DomElement;
    if (visit(el) === false) continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i] as DomNode;
      if (isElement(c)) stack.push(c);
    }
  }
}

export function attr(el: DomElement, name: string): string | undefined {
  return el.attribs[name];
}

/** class and id, lower-cased, as one string for hint matching. */
export function hintString(el: DomElement): string {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}
