/**
 * "What the page pays": fresh browser launches, alternating between our built extension and the empty
 * control (twice: control A is the reference, control B against it is the noise floor), each launch
 * measuring every page in its own tab. The order rotates every round (E A B, A B E, B E A, …) so no arm
 * always runs first; the machine's speed drifts, so figures are compared only within one run.
 */
import { createControlExtension } from './control-extension';
import { launchBenchBrowser } from './launch';
import { measurePageCost, type PageCost } from './page-cost';
import type { BenchPage } from './pages';
import { measureScroll, type ScrollCost } from './scroll';
import { measureViewportMarks, type ViewportMarks } from './viewport-marks';
import { measureWorkerColdStart, type WorkerColdStart } from './worker-cold';

/** Our build, optionally a second build to compare it with, the control, and the control again. */
export const ARMS = ['extension', 'before', 'control', 'control B'] as const;
export type Arm = (typeof ARMS)[number];
export const PAGE_KEYS = ['quiet', 'mentions', 'large'] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

export interface LaunchSample {
  readonly arm: Arm;
  readonly round: number;
  readonly pages: Record<PageKey, PageCost>;
  /** On the large page, after its window. */
  readonly scroll: ScrollCost;
  /** Launches of a build (not the control) only: page b loaded again with the viewport watcher (worker warm). */
  readonly viewport?: ViewportMarks;
  /** Launches of a build only, when asked: the worker stopped, then page b. */
  readonly cold?: WorkerColdStart;
}

export interface PagePaysOptions {
  readonly extensionDir: string;
  /** A second build, measured in the same rounds as the 'before' arm (before/after from one run). */
  readonly beforeDir?: string;
  readonly origin: string;
  readonly pages: Record<PageKey | 'warmUp', BenchPage>;
  readonly launches: number;
  /** The arms to run, in this order in the first round (default: all three). */
  readonly arms?: readonly Arm[];
  readonly settleMs: number;
  readonly windowMs: number;
  readonly scrollSteps: number;
  readonly coldStart: boolean;
  readonly log: (line: string) => void;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function measureLaunch(arm: Arm, round: number, dir: string, o: PagePaysOptions): Promise<LaunchSample> {
  const url = (key: PageKey | 'warmUp') => `${o.origin}${o.pages[key].path}`;
  const browser = await launchBenchBrowser(dir, o.settleMs, url('warmUp'));
  try {
    const pages = {} as Record<PageKey, PageCost>;
    let scroll: ScrollCost | undefined;
    for (const key of PAGE_KEYS) {
      const measured = await measurePageCost(
        browser.context,
        url(key),
        o.windowMs,
        key === 'large' ? (page, cdp, baseline) => measureScroll(page, cdp, o.scrollSteps, baseline) : undefined,
      );
      pages[key] = measured.cost;
      if (measured.after) scroll = measured.after;
      await pause(1000); // the closed tab's renderer exits before the next load
    }
    if (arm === 'control' || arm === 'control B') return { arm, round, pages, scroll: scroll! };
    const viewport = await measureViewportMarks(browser.context, url('mentions'));
    const cold = o.coldStart ? await measureWorkerColdStart(browser.context, browser.extensionId, url('mentions')) : undefined;
    return { arm, round, pages, scroll: scroll!, viewport, cold };
  } finally {
    await browser.close();
  }
}

const fmt = (s: LaunchSample) =>
  `${PAGE_KEYS.map((k) => `${k} ${s.pages[k].taskMs.toFixed(0)} ms (CPU ${s.pages[k].cpuMs.toFixed(0)})`).join(', ')}; scroll: longest frame ${s.scroll.longestFrameMs.toFixed(0)} ms` +
  (s.viewport ? `; first mark in view ${s.viewport.firstInViewMs?.toFixed(0) ?? 'none'} ms` : '') +
  (s.cold ? `; cold worker ready ${s.cold.readyMs.toFixed(0)} ms, first detection ${s.cold.firstDetectMs.toFixed(0)} ms` : '');

export async function runPagePays(o: PagePaysOptions): Promise<LaunchSample[]> {
  const control = createControlExtension();
  const dirs: Record<Arm, string> = {
    extension: o.extensionDir,
    before: o.beforeDir ?? '',
    control: control.dir,
    'control B': control.dir,
  };
  const samples: LaunchSample[] = [];
  try {
    for (let round = 0; round < o.launches; round++) {
      const arms = o.arms ?? ARMS.filter((arm) => arm !== 'before' || o.beforeDir);
      const order = arms.map((_, i) => arms[(i + round) % arms.length]!);
      for (const arm of order) {
        const started = Date.now();
        let sample: LaunchSample | undefined;
        // One retry: on a loaded 2-core machine a launch now and then times out.
        for (let attempt = 1; attempt <= 2 && !sample; attempt++) {
          try {
            sample = await measureLaunch(arm, round, dirs[arm], o);
          } catch (error) {
            o.log(`  round ${round + 1} ${arm}: attempt ${attempt} failed: ${(error as Error).message.split('\n')[0]}`);
          }
        }
        if (!sample) continue;
        samples.push(sample);
        o.log(`  round ${round + 1}/${o.launches} ${arm.padEnd(9)} (${((Date.now() - started) / 1000).toFixed(0)} s): ${fmt(sample)}`);
      }
    }
  } finally {
    control.remove();
  }
  return samples;
}
