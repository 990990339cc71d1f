/**
 * Page benchmark in real Chromium: what the extension costs the page's main thread, on a large
 * article (>= 1 MB of text, >= 10,000 text nodes, news mention density) and on an ordinary article
 * with no mentions, against mark.js highlighting the same alias list. Figures come from a CDP trace:
 * every main-thread task that ran any of the extension's script counts, whole, as ours.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { detectEntities } from '../../src/cli/detect-entities-plugin';
import { aliasText } from '../../src/data/schema';
import { chromiumPath } from '../e2e/browser-paths';
import { distDir, ensureBuilt, ROOT } from '../e2e/harness/build';
import { SESSION_MODULE_FILE } from '../../src/content/session-module';
import { articleText } from './detect';
import { articleHtml, servePages, textNodeCount } from './pages';

const CONTENT_SCRIPT_FILE = 'src/content/index.js';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of the event: its duration less the time the OS ran other threads. */
  readonly tdur?: number;
  readonly tid: number;
  readonly pid: number;
  readonly args?: { data?: { url?: string; stackTrace?: { url: string }[] } };
}

export interface PageBenchRow {
  readonly page: string;
  readonly tool: 'China Tech Lens' | 'mark.js';
  /** Main-thread time of tasks that ran the tool's script, ms. */
  readonly mainThreadMs: number;
  /**
   * The same tasks' CPU time, ms: on a busy 2-core machine the OS often pauses the page's thread in
   * the middle of a task to run the browser's other processes, which the wall-clock figure counts.
   */
  readonly cpuMs?: number;
  /** Whether the page session's module (loaded only on pages that may name something) was evaluated. */
  readonly sessionLoaded?: boolean;
  readonly longestTaskMs: number;
  /** From navigation start until the last mark appeared, ms. */
  readonly allMarkedMs: number;
  readonly marks: number;
  /** Content-script evaluation (the EvaluateScript event of its file), ms. */
  readonly evaluateMs?: number;
  /** Lowest and highest main-thread time over the runs (the machine is shared: the spread says how much). */
  readonly rangeMs?: readonly [number, number];
}

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ctl-bench-'));
  const dist = distDir('chrome');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(withExtension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records, in the page, when the number of highlighted ranges last changed (CSS highlights or <mark>). */
const MARK_WATCH = `(() => {
  const state = { count: 0, at: 0 };
  window.__ctlBench = state;
  const tick = () => {
    let n = 0;
    if (window.CSS && CSS.highlights) CSS.highlights.forEach((set, name) => { if (name !== 'ctl-active') n += set.size; });
    n += document.getElementsByTagName('mark').length;
    if (n !== state.count) { state.count = n; state.at = performance.now(); }
    setTimeout(tick, 20);
  };
  tick();
})();`;

async function trace<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const result = await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { result, events };
}

/** CTL_BENCH_DEBUG=1: one line per task of ours with what ran inside it (to find what costs time). */
function describeTask(task: TraceEvent, events: readonly TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const inner = events.filter(
    (e) => e.ph === 'X' && e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end,
  );
  const parts = inner
    .filter((e) => (e.dur ?? 0) > 300)
    .map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
  return `task ${((task.dur ?? 0) / 1000).toFixed(1)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(1)}): ${parts.join(', ')}\n`;
}

/** Tasks on the page's main thread that ran script from `urlPrefix`: their total and longest duration. */
function taskCost(
  events: readonly TraceEvent[],
  urlPrefix: string,
): { totalMs: number; cpuMs: number; longestMs: number; evaluateMs?: number; sessionLoaded: boolean } {
  const mine = (e: TraceEvent) =>
    (e.args?.data?.url ?? '').startsWith(urlPrefix) || (e.args?.data?.stackTrace ?? []).some((f) => f.url.startsWith(urlPrefix));
  const scriptEvents = events.filter((e) => e.ph === 'X' && mine(e));
  const threads = new Set(scriptEvents.map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`));
  let totalUs = 0;
  let cpuUs = 0;
  let longestUs = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    if (!scriptEvents.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end)) continue;
    totalUs += task.dur ?? 0;
    cpuUs += task.tdur ?? task.dur ?? 0;
    longestUs = Math.max(longestUs, task.dur ?? 0);
    if (process.env.CTL_BENCH_DEBUG) process.stderr.write(describeTask(task, events));
  }
  const evaluate = scriptEvents.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(CONTENT_SCRIPT_FILE));
  return {
    totalMs: totalUs / 1000,
    cpuMs: cpuUs / 1000,
    longestMs: longestUs / 1000,
    evaluateMs: evaluate?.dur !== undefined ? evaluate.dur / 1000 : undefined,
    sessionLoaded: scriptEvents.some((e) => e.args?.data?.url?.endsWith(SESSION_MODULE_FILE)),
  };
}

/**
 * Waits until the mark count has not changed for `quietMs`; with `expectMarks`, also until there is
 * a mark at all: on a loaded machine the large page may not even have loaded by `quietMs`, and a
 * count still at zero then looked settled (one run measured an unmarked page).
 */
async function settle(page: Page, expectMarks: boolean, quietMs = 1500, timeoutMs = 120_000): Promise<{ count: number; at: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => (window as any).__ctlBench as { count: number; at: number });
    const now = await page.evaluate(() => performance.now());
    if ((now - state.at >= quietMs && (state.count > 0 || !expectMarks)) || Date.now() > deadline) return state;
    await page.waitForTimeout(200);
  }
}

async function measureExtension(context: BrowserContext, url: string, name: string, expectMarks: boolean): Promise<PageBenchRow> {
  const page = await context.newPage();
  await page.addInitScript(MARK_WATCH);
  const extensionId = new URL(context.serviceWorkers()[0]!.url()).host;
  const { result, events } = await trace(page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    return settle(page, expectMarks);
  });
  await page.close();
  const cost = taskCost(events, `chrome-extension://${extensionId}/`);
  return {
    page: name,
    tool: 'China Tech Lens',
    mainThreadMs: cost.totalMs,
    cpuMs: cost.cpuMs,
    longestTaskMs: cost.longestMs,
    allMarkedMs: result.at,
    marks: result.count,
    evaluateMs: cost.evaluateMs,
    sessionLoaded: cost.sessionLoaded,
  };
}

async function measureMarkJs(context: BrowserContext, url: string, name: string, terms: readonly string[]): Promise<PageBenchRow> {
  const page = await context.newPage();
  await page.addInitScript(MARK_WATCH);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const markSource = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const { result } = await trace(page, async () => {
    await page.addScriptTag({ content: markSource });
    return page.evaluate((terms) => {
      const t0 = performance.now();
      // One call per term: given the whole array at once, mark.js recurses per term and overflows the stack.
      const marker = new (window as any).Mark(document.body);
      for (const term of terms) marker.mark(term, { separateWordSearch: false, diacritics: false, accuracy: 'exactly' });
      const t1 = performance.now();
      return { ms: t1 - t0, at: t1 };
    }, terms);
  });
  const count = await page.evaluate(() => document.getElementsByTagName('mark').length);
  await page.close();
  // mark.js runs synchronously: its whole run is one task.
  return { page: name, tool: 'mark.js', mainThreadMs: result.ms, longestTaskMs: result.ms, allMarkedMs: result.at, marks: count };
}

/**
 * Runs per page for our rows (the machine is shared: medians, not single runs); mark.js runs once.
 * The page without mentions costs a few milliseconds, and on two cores the wall-clock figure of one
 * load swings by as much (the browser's other processes take the cores mid-task): nine loads gave
 * medians from 4 to 7 ms for one build, so it gets 27.
 */
const RUNS = { large: 3, quiet: 27 } as const;

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function medianRow(runs: readonly PageBenchRow[]): PageBenchRow {
  const pick = (f: (r: PageBenchRow) => number | undefined) => {
    const values = runs.map(f).filter((v): v is number => v !== undefined);
    return values.length ? median(values) : undefined;
  };
  return {
    ...runs[0]!,
    mainThreadMs: pick((r) => r.mainThreadMs)!,
    cpuMs: pick((r) => r.cpuMs),
    sessionLoaded: runs.some((r) => r.sessionLoaded),
    longestTaskMs: pick((r) => r.longestTaskMs)!,
    allMarkedMs: pick((r) => r.allMarkedMs)!,
    marks: pick((r) => r.marks)!,
    evaluateMs: pick((r) => r.evaluateMs),
    rangeMs: [Math.min(...runs.map((r) => r.mainThreadMs)), Math.max(...runs.map((r) => r.mainThreadMs))],
  };
}

export async function runPageBench(): Promise<PageBenchRow[]> {
  // A build named by DIST_DIR is measured as it is (it may come from another checkout).
  if (!process.env.DIST_DIR) ensureBuilt(['chrome']);
  const large = articleText(1_050_000, true);
  const quiet = articleText(20_000, false, 11);
  const largeHtml = articleHtml(large, 'Large article');
  const textNodes = textNodeCount(largeHtml);
  process.stdout.write(`large page: ${(large.length / 1e6).toFixed(2)} MB of text in ${textNodes} text nodes\n`);
  const server = await servePages({ '/large.html': largeHtml, '/quiet.html': articleHtml(quiet, 'No mentions') });
  const terms = [
    ...new Set(
      detectEntities()
        .flatMap((e) => [e.name, e.names?.zh, e.names?.zhHant, ...e.aliases.map(aliasText)])
        .filter((t): t is string => !!t),
    ),
  ];
  const rows: PageBenchRow[] = [];
  const withExtension = await launch(true);
  try {
    // CTL_BENCH_PAGE=quiet or =large: that page only (to study one figure). The quiet page goes first,
    // before the large one leaves the service worker with megabytes of garbage to collect.
    const pages = (
      [
        ['/quiet.html', 'no mentions (20 KB)', RUNS.quiet],
        ['/large.html', 'large (1 MB)', RUNS.large],
      ] as const
    ).filter(([path]) => !process.env.CTL_BENCH_PAGE || path === `/${process.env.CTL_BENCH_PAGE}.html`);
    for (const [path, name, count] of pages) {
      const runs: PageBenchRow[] = [];
      for (let i = 0; i < count; i++)
        runs.push(await measureExtension(withExtension.context, `${server.origin}${path}`, name, path === '/large.html'));
      rows.push(medianRow(runs));
    }
  } finally {
    await withExtension.close();
  }
  // CTL_BENCH_SKIP_MARKJS=1: our figures only (mark.js takes minutes on the large page).
  if (process.env.CTL_BENCH_SKIP_MARKJS) {
    await server.close();
    return rows;
  }
  const plain = await launch(false);
  try {
    rows.push(await measureMarkJs(plain.context, `${server.origin}/quiet.html`, 'no mentions (20 KB)', terms));
    rows.push(await measureMarkJs(plain.context, `${server.origin}/large.html`, 'large (1 MB)', terms));
  } finally {
    await plain.close();
    await server.close();
  }
  return rows;
}

export function formatPageBench(rows: readonly PageBenchRow[]): string {
  const file = (name: string) => join(distDir('chrome'), name);
  const kib = (name: string) => (statSync(file(name)).size / 1024).toFixed(1);
  const lines = [
    `Page benchmark (Chromium, CDP trace; China Tech Lens: median of ${RUNS.large} runs on the large page, ${RUNS.quiet} on the other; ` +
      `content script ${kib(CONTENT_SCRIPT_FILE)} KiB, page session module ${kib(SESSION_MODULE_FILE)} KiB)`,
    'page                 | tool            | main thread ms | (range)       | CPU ms | longest task ms | all marked at ms | marks | evaluate ms | session module',
    ...rows.map((r) =>
      [
        r.page.padEnd(20),
        r.tool.padEnd(15),
        r.mainThreadMs.toFixed(1).padStart(14),
        (r.rangeMs ? `${r.rangeMs[0].toFixed(1)}–${r.rangeMs[1].toFixed(1)}` : '').padEnd(13),
        (r.cpuMs?.toFixed(1) ?? '-').padStart(6),
        r.longestTaskMs.toFixed(1).padStart(15),
        r.allMarkedMs.toFixed(0).padStart(16),
        String(r.marks).padStart(5),
        (r.evaluateMs?.toFixed(2) ?? '-').padStart(11),
        r.sessionLoaded === undefined ? '-' : r.sessionLoaded ? 'loaded' : 'never loaded',
      ].join(' | '),
    ),
  ];
  // compromise carries its version string; neither page file may (the worker tags for pages).
  const compromiseVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/compromise/package.json'), 'utf8')) as { version: string })
    .version;
  const bundled = [CONTENT_SCRIPT_FILE, SESSION_MODULE_FILE].filter((name) => readFileSync(file(name), 'utf8').includes(compromiseVersion));
  lines.push(
    `compromise ${compromiseVersion} in page code: ${bundled.length ? `YES, in ${bundled.join(' and ')} (it must not be)` : 'no (pages never load it)'}`,
  );
  const ours = rows.find((r) => r.tool === 'China Tech Lens' && r.page.startsWith('large'));
  const theirs = rows.find((r) => r.tool === 'mark.js' && r.page.startsWith('large'));
  if (ours && theirs)
    lines.push(`large page: mark.js / China Tech Lens main-thread time = ${(theirs.mainThreadMs / ours.mainThreadMs).toFixed(1)}x`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runPageBench()
    .then((rows) => process.stdout.write(`${formatPageBench(rows)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    });
}
