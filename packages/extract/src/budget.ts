import { Parser } from 'htmlparser2';
import { ExtractionError } from './errors.ts';

/**
 * What one page may cost the extractor. The HTML parser keeps its open elements in an array it
 * shifts at the front, so each nested element costs as much as the nesting above it: 100,000
 * nested <div>s take 11-23 s of CPU, 300,000 take minutes. Real pages stay under a hundred
 * levels (browsers flatten past 512) and a few thousand elements, so these limits refuse only
 * markup built to hurt, and keep what is accepted cheap.
 */
export interface PageBudget {
  /** Characters of HTML (the fetcher's default byte cap is 5 MiB). */
  maxChars: number;
  /** Elements in the document. */
  maxElements: number;
  /** Elements open inside one another at any point. */
  maxDepth: number;
}

export const DEFAULT_PAGE_BUDGET: PageBudget = {
  maxChars: 5 * 1024 * 1024,
  maxElements: 200_000,
  maxDepth: 4_096,
};

/** How big a page is, as the parser will see it; counting stops at the first limit passed. */
export interface PageShape {
  chars: number;
  elements: number;
  depth: number;
}

/** Thrown from the scan's callbacks to stop the parser at the first limit passed. */
class Stop extends Error {}

/**
 * Measures a page with the tokenizer and open-element rules of htmlparser2, the parser
 * extraction uses, without building a DOM; it stops as soon as a limit is passed, so the
 * parser's own per-level cost never exceeds the budget's. Linear in the page's length.
 */
export function measurePage(html: string, budget: PageBudget = DEFAULT_PAGE_BUDGET): PageShape {
  const shape: PageShape = { chars: html.length, elements: 0, depth: 0 };
  if (html.length > budget.maxChars) return shape;
  let open = 0;
  const parser = new Parser({
    onopentag() {
      shape.elements++;
      open++;
      if (open > shape.depth) shape.depth = open;
      if (shape.elements > budget.maxElements || open > budget.maxDepth) throw new Stop();
    },
    onclosetag() {
      open--;
    },
  });
  try {
    parser.end(html);
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
  return shape;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** Refuses a page over the budget before the real parse sees it (ERR_EXTRACT_OVER_BUDGET). */
export function assertWithinBudget(html: string, url: string, budget: PageBudget = DEFAULT_PAGE_BUDGET): PageShape {
  const shape = measurePage(html, budget);
  const over =
    shape.chars > budget.maxChars
      ? `${fmt(shape.chars)} characters of HTML (budget ${fmt(budget.maxChars)})`
      : shape.depth > budget.maxDepth
        ? `elements nested more than ${fmt(budget.maxDepth)} deep (budget ${fmt(budget.maxDepth)})`
        : shape.elements > budget.maxElements
          ? `more than ${fmt(budget.maxElements)} elements (budget ${fmt(budget.maxElements)})`
          : undefined;
  if (over) throw new ExtractionError('ERR_EXTRACT_OVER_BUDGET', url, `page refused before parsing: ${over}`);
  return shape;
}
