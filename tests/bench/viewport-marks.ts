/**
 * "Marks in the viewport": the time from navigation start until the first highlight range that
 * intersects the viewport is registered. The Highlight registry is per document, so the page's main
 * world sees the ranges the content script (an isolated world) registers; a requestAnimationFrame loop
 * installed before the page's own script checks the registry once per frame, so the figure is the
 * start of the frame that first paints a mark on screen (±1 frame). The loop and its geometry checks
 * cost the page a little, which is why this runs on a load of its own, never in a measured window.
 */
import type { BrowserContext } from 'playwright-core';

export interface ViewportMarks {
  /** First frame with any highlight range registered, ms from navigation start; null if none came. */
  readonly firstMarkMs: number | null;
  /** First frame with a range that intersects the viewport, ms from navigation start; null if none came. */
  readonly firstInViewMs: number | null;
  /** Ranges registered in that frame. */
  readonly marksAtFirstInView: number;
  /** The load event's end, ms from navigation start. */
  readonly loadMs: number;
}

const WATCH = `(() => {
  const state = { firstMarkMs: null, firstInViewMs: null, marksAtFirstInView: 0 };
  window.__ctlViewportMarks = state;
  let seen = 0;
  const inView = (r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    for (const b of live.getClientRects()) {
      if (b.width > 0 && b.bottom > 0 && b.top < innerHeight && b.right > 0 && b.left < innerWidth) return true;
    }
    return false;
  };
  const tick = (now) => {
    if (!window.CSS || !CSS.highlights) return;
    let n = 0;
    CSS.highlights.forEach((h, name) => { if (name !== 'ctl-active') n += h.size; });
    if (n !== seen) {
      seen = n;
      if (n && state.firstMarkMs === null) state.firstMarkMs = now;
      let found = false;
      CSS.highlights.forEach((h, name) => {
        if (found || name === 'ctl-active') return;
        for (const r of h) if (inView(r)) { found = true; break; }
      });
      if (found) { state.firstInViewMs = now; state.marksAtFirstInView = n; return; }
    }
    if (now < 30000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Loads `url` in a new tab with the watcher and waits for the first mark in view (or `timeoutMs`). */
export async function measureViewportMarks(context: BrowserContext, url: string, timeoutMs = 15_000): Promise<ViewportMarks> {
  const page = await context.newPage();
  try {
    await page.addInitScript(WATCH);
    await page.goto(url, { waitUntil: 'load' });
    const read = () =>
      page.evaluate(() => ({
        ...(window as unknown as { __ctlViewportMarks: Omit<ViewportMarks, 'loadMs'> }).__ctlViewportMarks,
        loadMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0,
      }));
    const deadline = Date.now() + timeoutMs;
    let state = await read();
    while (state.firstInViewMs === null && Date.now() < deadline) {
      await page.waitForTimeout(200);
      state = await read();
    }
    return state;
  } finally {
    await page.close();
  }
}
