import { describe, expect, it } from 'vitest';
import { articlePage, nestedDivs } from '../../../tests/helpers/hostile-pages.ts';
import { assertWithinBudget, DEFAULT_PAGE_BUDGET, measurePage } from './budget.ts';
import { parseHtml, walk } from './article/dom.ts';
import { extract } from './extract.ts';

const url = 'https://news.example/berita/2';

/** Depth and element count of the DOM the real parse builds, to check the scan against it. */
function domShape(html: string): { elements: number; depth: number } {
  const depthOf = new Map<unknown, number>();
  let elements = 0;
  let depth = 0;
  walk(parseHtml(html), (el) => {
    const d = (depthOf.get(el.parent) ?? 0) + 1;
    depthOf.set(el, d);
    elements++;
    depth = Math.max(depth, d);
  });
  return { elements, depth };
}

describe('page budget: measured before parsing', () => {
  it('counts elements and nesting as the parser builds them (implied closes, void elements)', () => {
    for (const html of [
      articlePage(),
      '<html><body><p>one<p>two<ul><li>a<li>b</ul><br><img src=x><table><tr><td>1<td>2</table>',
      `<div>${'<font><b>'.repeat(300)}text</div><p>after`,
    ]) {
      const { elements, depth } = measurePage(html);
      expect({ elements, depth }).toEqual(domShape(html));
    }
  });

  it('refuses deep nesting before the parser sees it, saying how deep the budget goes', () => {
    expect(() => extract(nestedDivs(300_000), { url })).toThrow(
      expect.objectContaining({ code: 'ERR_EXTRACT_OVER_BUDGET', url, message: expect.stringContaining('nested more than 4,096 deep') }),
    );
  });

  it('refuses too many elements and too many characters', () => {
    const many = `<html><body>${'<span>x</span>'.repeat(1_001)}</body></html>`;
    expect(() => assertWithinBudget(many, url, { ...DEFAULT_PAGE_BUDGET, maxElements: 1_000 })).toThrow(/more than 1,000 elements/);
    expect(() => assertWithinBudget(many, url, { ...DEFAULT_PAGE_BUDGET, maxChars: 1_000 })).toThrow(/14,0\d\d characters of HTML \(budget 1,000\)/);
  });

  it('stops counting at the first limit passed', () => {
    expect(measurePage(nestedDivs(200_000), { ...DEFAULT_PAGE_BUDGET, maxDepth: 10 }).depth).toBe(11);
  });

  it('lets a normal page and a moderately deep one through', () => {
    expect(assertWithinBudget(articlePage(), url).depth).toBeLessThan(10);
    expect(extract(nestedDivs(2_000), { url }).agreements.length).toBeGreaterThan(0);
  });
});
