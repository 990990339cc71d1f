/**
 * Probes for browsers without the CSS Custom Highlight API, where mentions are marked by boxes in our
 * host's shadow root: do the boxes sit exactly over the words a reader sees marked, and over nothing
 * else? Run through PageHandle, so they work with either driver.
 */
import type { PageHandle } from './harness';

export interface BoxCoverage {
  /** Every occurrence of the words has a box over each of its line boxes, and no box is left over. */
  readonly ok: boolean;
  readonly boxes: number;
  /** Line boxes of the words' occurrences. */
  readonly rects: number;
  /** Words with a line box that no box covers. */
  readonly unmarked: readonly string[];
  /** Boxes over none of the words (stale marks). */
  readonly stray: number;
}

interface CoverageQuery {
  readonly words: readonly string[];
  /** For waitFor: answer null until the coverage is complete. */
  readonly onlyWhenOk: boolean;
}

// Self-contained: drivers send the function's source to the page, so it may not call out to helpers.
function coverage({ words, onlyWhenOk }: CoverageQuery): BoxCoverage | null {
  const TOLERANCE_PX = 1;
  const boxes = [...(document.querySelector('china-tech-lens')?.shadowRoot?.querySelectorAll('.marks .mark') ?? [])].map((el) =>
    el.getBoundingClientRect(),
  );
  const rects: { word: string; rect: DOMRect }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('script, style')) continue;
    for (const word of words) {
      for (let i = node.data.indexOf(word); i >= 0; i = node.data.indexOf(word, i + 1)) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + word.length);
        for (const rect of range.getClientRects()) if (rect.width > 0) rects.push({ word, rect });
      }
    }
  }
  const same = (a: DOMRect, b: DOMRect) =>
    Math.abs(a.left - b.left) <= TOLERANCE_PX &&
    Math.abs(a.top - b.top) <= TOLERANCE_PX &&
    Math.abs(a.right - b.right) <= TOLERANCE_PX &&
    Math.abs(a.bottom - b.bottom) <= TOLERANCE_PX;
  const unmarked = [...new Set(rects.filter(({ rect }) => !boxes.some((box) => same(box, rect))).map(({ word }) => word))];
  const stray = boxes.filter((box) => !rects.some(({ rect }) => same(box, rect))).length;
  const ok = rects.length > 0 && unmarked.length === 0 && stray === 0;
  if (onlyWhenOk && !ok) return null;
  return { ok, boxes: boxes.length, rects: rects.length, unmarked, stray };
}

/** How the fallback boxes cover `words` now. */
export async function boxCoverage(page: PageHandle, words: readonly string[]): Promise<BoxCoverage> {
  return (await page.evaluate(coverage, { words, onlyWhenOk: false }))!;
}

/**
 * Waits until the boxes cover exactly the occurrences of `words`; on timeout, fails with what was
 * covered instead.
 */
export async function waitForBoxesOver(page: PageHandle, words: readonly string[], timeoutMs = 15_000): Promise<BoxCoverage> {
  try {
    return (await page.waitFor(coverage, { words, onlyWhenOk: true }, timeoutMs))!;
  } catch (error) {
    const now = await boxCoverage(page, words);
    throw new Error(`fallback boxes never covered exactly ${words.join(', ')}: ${JSON.stringify(now)} (${String(error)})`);
  }
}
