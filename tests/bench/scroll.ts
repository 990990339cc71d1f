/**
 * "Scrolling stays smooth": once marking has settled, the page scrolls down one viewport per step,
 * each step awaited with two animation frames, and reports every frame's length (the interval
 * between consecutive requestAnimationFrame callbacks), the long tasks during the scroll, and the
 * renderer's main-thread time for it (CDP metrics, read 500 ms after the last step so work the last
 * steps queued is counted too).
 */
import type { CDPSession, Page } from 'playwright-core';
import { metricsDelta, readLongTasks, readMetrics, type LongTask, type RendererMetrics } from './page-cost';

export interface ScrollCost extends RendererMetrics {
  readonly frames: readonly number[];
  readonly longestFrameMs: number;
  /** Frames longer than 50 ms. */
  readonly slowFrames: number;
  readonly longTasks: readonly number[];
  /** Highlight ranges registered when the scroll started (all highlights but the active one). */
  readonly marksBefore: number;
  /**
   * From navigation start until marking had settled (no change for 1.5 s, which that includes): for a
   * page whose marking outlasts the fixed window. The control settles at once, so its span is shorter.
   */
  readonly settled: RendererMetrics & { readonly atMs: number; readonly longTasks: readonly LongTask[] };
}

/** Highlight ranges registered now, from the page's main world (the registry is per document). */
export const highlightCount = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name !== 'ctl-active') n += h.size;
    });
    return n;
  });

/** Waits until the number of highlight ranges has not changed for `quietMs` (at most `timeoutMs`). */
export async function waitForMarksToSettle(page: Page, quietMs = 1500, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let count = await highlightCount(page);
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() < deadline) {
    await page.waitForTimeout(250);
    const now = await highlightCount(page);
    if (now !== count) {
      count = now;
      since = Date.now();
    }
  }
  return count;
}

/**
 * In the page, as source text: functions that tsx compiles get a `__name` helper the page does not
 * have, so code with inner named functions goes to page.evaluate as a string.
 */
const SCROLL = `async (steps) => {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  const frames = [];
  let last = await frame();
  for (let i = 0; i < steps; i++) {
    window.scrollBy(0, window.innerHeight);
    for (let k = 0; k < 2; k++) {
      const now = await frame();
      frames.push(now - last);
      last = now;
    }
  }
  await new Promise((done) => setTimeout(done, 500));
  observer.disconnect();
  return { frames, longTasks };
}`;

export async function measureScroll(page: Page, cdp: CDPSession, steps: number, baseline: RendererMetrics): Promise<ScrollCost> {
  const marksBefore = await waitForMarksToSettle(page);
  const before = await readMetrics(cdp);
  const settled = {
    ...metricsDelta(before, baseline),
    atMs: (before.timestamp - before.navigationStart) * 1000,
    longTasks: await readLongTasks(page),
  };
  const { frames, longTasks } = (await page.evaluate(`(${SCROLL})(${steps})`)) as { frames: number[]; longTasks: number[] };
  const after = await readMetrics(cdp);
  return {
    ...metricsDelta(after, before),
    frames,
    longestFrameMs: Math.max(0, ...frames),
    slowFrames: frames.filter((f) => f > 50).length,
    longTasks,
    marksBefore,
    settled,
  };
}
