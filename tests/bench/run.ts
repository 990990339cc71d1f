/**
 * `npm run bench`: every benchmark part in turn, each printing its own figures, then one summary table
 * in Markdown (ready for the README) with the issue's targets and pass/fail. Not part of `npm test`:
 * nothing here asserts on time. A full run takes about 20 minutes on the 2-core machine.
 *
 * Parts (CTL_BENCH_PARTS, comma-separated; default all, in this order):
 *   detect  Node: detector throughput on ~1 MB of generated text (./detect.ts)
 *   cold    Node: cold import of src/detect plus the first findMentions, fresh processes (./cold-import.ts)
 *   pays    Chromium: what the page pays, our build against an empty MV3 extension in alternating fresh
 *           launches: main-thread time, long tasks, marks in the viewport, scrolling, the worker's cold
 *           start (./page-pays.ts and the files it names)
 *   own     Chromium: our script's own tasks from a CDP trace, and mark.js on the same pages (./page.ts)
 *
 * Options (environment variables):
 *   DIST_DIR=path               the Chrome build to measure (default dist/chrome, built first when stale;
 *                               a DIST_DIR build is measured as it is, never rebuilt)
 *   CTL_BENCH_BEFORE_DIR=path   a second Chrome build (e.g. the commit before a change), measured as a
 *                               fourth arm in the same rounds: the summary adds a before/after table
 *   CTL_BENCH_LAUNCHES=5        fresh launches per arm in "pays"
 *   CTL_BENCH_NOISE=0           leave out the second control arm (no noise floor; a third faster)
 *   CTL_BENCH_COLD_WORKER=0     leave out the worker's cold start in "pays"
 *   CTL_BENCH_SETTLE_MS=6000    idle time after each launch before the warm-up page
 *   CTL_BENCH_WINDOW_MS=5000    the measured window from navigation start
 *   CTL_BENCH_SCROLL_STEPS=40   one-viewport scroll steps on the 1 MB page
 *   CTL_BENCH_NODE_RUNS=7       fresh Node processes in "cold"
 *   CTL_BENCH_SKIP_MARKJS=1     "own" without mark.js (on the 1 MB page it takes over a minute)
 *   CTL_BENCH_PAGE=quiet|large  "own" on one page only
 *   CTL_BENCH_DEBUG=1           "own": what ran inside each of our tasks
 *   CTL_BENCH_JSON=path         also write every sample (per launch, per page) to this JSON file
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../e2e/browser-paths';
import { distDir, ensureBuilt } from '../e2e/harness/build';
import { runColdImport } from './cold-import';
import { formatDetectBench, runDetectBench } from './detect';
import { formatPageBench, runPageBench } from './page';
import { runPagePays } from './page-pays';
import { costPages, servePages } from './pages';
import { formatSummary, median, summarize } from './stats';
import { formatBenchSummary, type BenchResults } from './summary';

const PARTS = ['detect', 'cold', 'pays', 'own'] as const;

const env = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number, not ${raw}`);
  return value;
};

const out = (text: string) => process.stdout.write(`${text}\n`);

function browserVersion(): string {
  const text = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return text.match(/Chromium [\d.]+/)?.[0] ?? text.trim();
}

async function main(): Promise<void> {
  const started = Date.now();
  const parts = (process.env.CTL_BENCH_PARTS ?? PARTS.join(','))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`CTL_BENCH_PARTS: unknown ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  const pages = costPages();
  const results: {
    -readonly [K in keyof BenchResults]: BenchResults[K];
  } = {
    browser: browserVersion(),
    launches: env('CTL_BENCH_LAUNCHES', 5),
    settleMs: env('CTL_BENCH_SETTLE_MS', 6000),
    windowMs: env('CTL_BENCH_WINDOW_MS', 5000),
    scrollSteps: env('CTL_BENCH_SCROLL_STEPS', 40),
    pages,
  };
  const needsBrowser = parts.includes('pays') || parts.includes('own');
  if (needsBrowser) {
    if (!process.env.DIST_DIR) ensureBuilt(['chrome']);
    if (!existsSync(join(distDir('chrome'), 'manifest.json'))) throw new Error(`no build at ${distDir('chrome')}`);
    out(`Measuring the build in ${distDir('chrome')} with ${results.browser}`);
  }

  if (parts.includes('detect')) {
    out(`\n${formatDetectBench(runDetectBench())}`);
  }

  if (parts.includes('cold')) {
    const runs = env('CTL_BENCH_NODE_RUNS', 7);
    out(`\nDetection's cold start in Node (${runs} fresh processes; ${pages.mentions.name}: ${pages.mentions.chars} characters)`);
    results.coldImport = await runColdImport(pages.mentions.text, runs);
    const s = results.coldImport.samples;
    out(
      `bundle ${results.coldImport.bundleKiB.toFixed(0)} KiB; import ${formatSummary(summarize(s.map((x) => x.importMs)))} ms; ` +
        `first findMentions ${formatSummary(summarize(s.map((x) => x.firstMs)))} ms; second ${median(s.map((x) => x.secondMs)).toFixed(1)} ms; ${s[0]?.mentions} mentions`,
    );
  }

  if (parts.includes('pays')) {
    const server = await servePages(Object.fromEntries(Object.values(pages).map((p) => [p.path, p.html])));
    const noise = env('CTL_BENCH_NOISE', 1) !== 0;
    const beforeDir = process.env.CTL_BENCH_BEFORE_DIR ? resolve(process.env.CTL_BENCH_BEFORE_DIR) : undefined;
    if (beforeDir && !existsSync(join(beforeDir, 'manifest.json'))) throw new Error(`no build at ${beforeDir} (CTL_BENCH_BEFORE_DIR)`);
    out(
      `\nWhat the page pays (${results.launches} launches per arm${noise ? '' : ', no noise-floor arm'}${beforeDir ? `, 'before' = ${beforeDir}` : ''}; pages: ` +
        `${Object.values(pages)
          .map((p) => `${p.name} ${(p.chars / 1000).toFixed(0)}k chars`)
          .join(', ')})`,
    );
    try {
      results.samples = await runPagePays({
        extensionDir: distDir('chrome'),
        origin: server.origin,
        pages,
        launches: results.launches,
        beforeDir,
        arms: ['extension', ...(beforeDir ? (['before'] as const) : []), 'control', ...(noise ? (['control B'] as const) : [])],
        settleMs: results.settleMs,
        windowMs: results.windowMs,
        scrollSteps: results.scrollSteps,
        coldStart: env('CTL_BENCH_COLD_WORKER', 1) !== 0,
        log: out,
      });
    } finally {
      await server.close();
    }
  }

  if (parts.includes('own')) {
    results.pageBench = await runPageBench();
    out(`\n${formatPageBench(results.pageBench)}`);
  }

  out(`\n## Summary\n\n${formatBenchSummary(results)}`);
  if (process.env.CTL_BENCH_JSON) writeFileSync(process.env.CTL_BENCH_JSON, `${JSON.stringify(results, null, 1)}\n`);
  out(`\nbench: ${((Date.now() - started) / 60_000).toFixed(1)} minutes`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
