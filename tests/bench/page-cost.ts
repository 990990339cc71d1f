/**
 * What one page load costs the renderer, measured from outside: CDP `Performance.getMetrics` on the
 * page's session (the renderer main thread's accumulated TaskDuration, ScriptDuration, LayoutDuration,
 * RecalcStyleDuration) over a fixed window from navigation start, and the Long Tasks API's buffered
 * entries (every main-thread task over 50 ms, whoever ran it). Nothing is injected into the page and
 * nothing polls it during the window, so the figures carry no instrument of ours.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface RendererMetrics {
  /** Renderer main thread: every task, wall-clock ms. */
  readonly taskMs: number;
  /**
   * Renderer main thread's CPU time (ThreadTime), ms: wall-clock task time less the time the OS gave
   * the cores to other processes mid-task, which on a loaded 2-core machine is most of the noise.
   */
  readonly cpuMs: number;
  readonly scriptMs: number;
  readonly layoutMs: number;
  readonly styleMs: number;
}

export interface LongTask {
  /** From navigation start, ms. */
  readonly start: number;
  readonly duration: number;
}

export interface PageCost extends RendererMetrics {
  /** The window actually measured: navigation start to the metrics' reading, ms. */
  readonly windowMs: number;
  readonly longTasks: readonly LongTask[];
  readonly domContentLoadedMs: number;
  readonly loadMs: number;
  /** Highlight ranges registered at the end of the window (to tell whether the window cut marking short). */
  readonly marksAtEnd: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

/** The four durations (seconds in CDP) in ms, plus the CDP clock's Timestamp and NavigationStart (s). */
export async function readMetrics(cdp: CDPSession): Promise<RendererMetrics & { timestamp: number; navigationStart: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    taskMs: value('TaskDuration') * 1000,
    cpuMs: value('ThreadTime') * 1000,
    scriptMs: value('ScriptDuration') * 1000,
    layoutMs: value('LayoutDuration') * 1000,
    styleMs: value('RecalcStyleDuration') * 1000,
    timestamp: value('Timestamp'),
    navigationStart: value('NavigationStart'),
  };
}

export const metricsDelta = (after: RendererMetrics, before: RendererMetrics): RendererMetrics => ({
  taskMs: after.taskMs - before.taskMs,
  cpuMs: after.cpuMs - before.cpuMs,
  scriptMs: after.scriptMs - before.scriptMs,
  layoutMs: after.layoutMs - before.layoutMs,
  styleMs: after.styleMs - before.styleMs,
});

/** The page's buffered long tasks (the Long Tasks API keeps them without an observer registered first). */
export function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(
    () =>
      new Promise<LongTask[]>((done) => {
        const tasks: LongTask[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
        });
        observer.observe({ type: 'longtask', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          done(tasks);
        }, 100);
      }),
  );
}

/**
 * Loads `url` in a new tab and measures the `windowMs` from navigation start. `after`, if given, runs
 * on the same page once the window is measured (the scroll test), before the tab closes; it gets the
 * metrics read before navigating, to measure from there.
 */
export async function measurePageCost<T = undefined>(
  context: BrowserContext,
  url: string,
  windowMs: number,
  after?: (page: Page, cdp: CDPSession, baseline: RendererMetrics) => Promise<T>,
): Promise<{ cost: PageCost; after?: T }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    // On about:blank: about zero, and if the navigation swaps renderer process the new one counts from zero.
    const before = await readMetrics(cdp);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await sleep(started + windowMs - Date.now());
    const end = await readMetrics(cdp);
    const longTasks = await readLongTasks(page);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      let marks = 0;
      CSS.highlights.forEach((h, name) => {
        if (name !== 'ctl-active') marks += h.size;
      });
      return { dcl: nav?.domContentLoadedEventEnd ?? 0, load: nav?.loadEventEnd ?? 0, marks };
    });
    const cost: PageCost = {
      ...metricsDelta(end, before),
      windowMs: (end.timestamp - end.navigationStart) * 1000,
      longTasks,
      domContentLoadedMs: timing.dcl,
      loadMs: timing.load,
      marksAtEnd: timing.marks,
    };
    return { cost, after: after ? await after(page, cdp, before) : undefined };
  } finally {
    await page.close();
  }
}
