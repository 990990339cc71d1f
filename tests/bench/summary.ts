/**
 * The end of `npm run bench`: the figures of "what the page pays" reduced to medians and ranges, the
 * issue's targets beside them with pass/fail, and a Markdown table ready for the README with the
 * method in one line under it.
 */
import type { ColdImport } from './cold-import';
import type { PageBenchRow } from './page';
import { PAGE_KEYS, type Arm, type LaunchSample, type PageKey } from './page-pays';
import type { BenchPage } from './pages';
import { formatSummary, median, summarize, type Summary } from './stats';

export interface BenchResults {
  readonly browser: string;
  readonly launches: number;
  readonly settleMs: number;
  readonly windowMs: number;
  readonly scrollSteps: number;
  readonly pages: Record<PageKey, BenchPage>;
  readonly samples?: readonly LaunchSample[];
  readonly coldImport?: ColdImport;
  /** Our script's own tasks and mark.js (./page.ts). */
  readonly pageBench?: readonly PageBenchRow[];
}

type Pick = (s: LaunchSample) => number | undefined | null;

const values = (samples: readonly LaunchSample[], arm: Arm, pick: Pick): number[] =>
  samples
    .filter((s) => s.arm === arm)
    .map(pick)
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** Differences `a − b` within each round that has both (the machine drifts; a round is minutes). */
function paired(samples: readonly LaunchSample[], a: Arm, b: Arm, pick: Pick): number[] {
  const out: number[] = [];
  for (const round of new Set(samples.map((s) => s.round))) {
    const x = samples.find((s) => s.round === round && s.arm === a);
    const y = samples.find((s) => s.round === round && s.arm === b);
    const vx = x && pick(x);
    const vy = y && pick(y);
    if (typeof vx === 'number' && typeof vy === 'number') out.push(vx - vy);
  }
  return out;
}

export interface Comparison {
  readonly extension: Summary;
  readonly control: Summary;
  readonly controlB: Summary;
  /** median(extension) − median(control). */
  readonly over: number;
  readonly overPaired: Summary;
  /** median(control B) − median(control): what "over" reads when nothing differs. */
  readonly noise: number;
  readonly noisePaired: Summary;
}

/** `subject` (our build, or the 'before' build) against the control, and the control against itself. */
export function compare(samples: readonly LaunchSample[], pick: Pick, subject: Arm = 'extension'): Comparison {
  const extension = summarize(values(samples, subject, pick));
  const control = summarize(values(samples, 'control', pick));
  const controlB = summarize(values(samples, 'control B', pick));
  return {
    extension,
    control,
    controlB,
    over: extension.median - control.median,
    overPaired: summarize(paired(samples, subject, 'control', pick)),
    noise: controlB.median - control.median,
    noisePaired: summarize(paired(samples, 'control B', 'control', pick)),
  };
}

const ms = (v: number, digits = 0) => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : '–');
const signed = (v: number, digits = 0) => (Number.isFinite(v) ? `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(digits)}` : '–');
const signedRange = (s: Summary, digits = 0) => (s.n > 1 ? ` (${signed(s.min, digits)} to ${signed(s.max, digits)})` : '');
const withRange = (s: Summary, unit = ' ms', digits = 0) => (s.n ? `${formatSummary(s, digits)}${unit}` : '–');
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'pass' : '**FAIL**');

/**
 * Pass or fail against a target, only where every sample agrees: every round's difference from the
 * control (or every launch, for a figure of our build alone) on the same side of the target. Where
 * they straddle it, this run cannot tell, and says so rather than judge by a median that the machine's
 * noise moves across the line (the noise-floor column says how far control against itself reaches).
 */
function judge(samples: Summary, target: number): string {
  if (!samples.n) return 'n/a';
  if (samples.max <= target) return 'pass';
  if (samples.min > target) return '**FAIL**';
  return "can't tell: samples on both sides";
}

interface Row {
  readonly measurement: string;
  readonly extension: string;
  readonly control: string;
  readonly over: string;
  readonly noise: string;
  readonly target: string;
  readonly result: string;
}

const longest = (tasks: readonly { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));
const blocking = (tasks: readonly { duration: number }[]) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

type Measure = 'taskMs' | 'cpuMs';
const MEASURE_LABEL: Record<Measure, string> = { taskMs: 'main-thread time', cpuMs: 'main-thread CPU time' };

function costRow(r: BenchResults, samples: readonly LaunchSample[], key: PageKey, measure: Measure, targetMs: number): Row {
  const c = compare(samples, (s) => s.pages[key][measure]);
  const ext = samples.filter((s) => s.arm === 'extension');
  // On the large page, marking still going when the window closed (fewer marks than once settled):
  // the window then undercounts what the page pays.
  const cut = key === 'large' ? ext.filter((s) => s.pages.large.marksAtEnd < s.scroll.marksBefore).length : 0;
  return {
    measurement: `${r.pages[key].name}: ${MEASURE_LABEL[measure]}, ${r.windowMs / 1000} s from navigation${cut ? ` (marking outlasted the window in ${cut}/${ext.length} launches)` : ''}`,
    extension: withRange(c.extension),
    control: withRange(c.control),
    over: `${signed(c.over)} ms${signedRange(c.overPaired)}`,
    noise: `${signed(c.noise)} ms${signedRange(c.noisePaired)}`,
    target: `≤ ${targetMs} ms over`,
    result: judge(c.overPaired, targetMs),
  };
}

/** The large page from navigation until marking settled: what the fixed window may cut short. */
function settledRow(r: BenchResults, samples: readonly LaunchSample[], measure: Measure, targetMs: number): Row {
  const c = compare(samples, (s) => s.scroll.settled[measure]);
  const at = (arm: Arm) => formatSummary(summarize(values(samples, arm, (s) => s.scroll.settled.atMs / 1000)), 1);
  return {
    measurement: `${r.pages.large.name}: ${MEASURE_LABEL[measure]} from navigation until marking settled (extension ${at('extension')} s, control ${at('control')} s)`,
    extension: withRange(c.extension),
    control: withRange(c.control),
    over: `${signed(c.over)} ms${signedRange(c.overPaired)}`,
    noise: `${signed(c.noise)} ms${signedRange(c.noisePaired)}`,
    target: `≤ ${targetMs} ms over`,
    result: judge(c.overPaired, targetMs),
  };
}

/** Long tasks on a page: in the window, or on the large page until marking settled (a superset). */
function longTaskRow(r: BenchResults, samples: readonly LaunchSample[], key: PageKey): Row {
  const tasks = (s: LaunchSample) => (key === 'large' ? s.scroll.settled.longTasks : s.pages[key].longTasks);
  const top = compare(samples, (s) => longest(tasks(s)));
  const count = compare(samples, (s) => tasks(s).length);
  const tbt = compare(samples, (s) => blocking(tasks(s)));
  const ok =
    top.extension.n && top.control.n
      ? count.extension.median <= count.control.median && top.extension.median <= Math.max(50, top.control.median)
      : undefined;
  const show = (l: Summary, n: Summary) => (l.n ? `${l.median > 0 ? ms(l.median) : 'none'}; ${n.median} over 50 ms` : '–');
  return {
    measurement: `${r.pages[key].name}: longest task ${key === 'large' ? 'until marking settled' : 'in the window'}; tasks over 50 ms`,
    extension: show(top.extension, count.extension),
    control: show(top.control, count.control),
    over: `${signed(count.over, 1)} tasks, blocking time ${signed(tbt.over)} ms`,
    noise: `${signed(count.noise, 1)} tasks, ${signed(tbt.noise)} ms`,
    target: 'no added task > 50 ms',
    result: verdict(ok),
  };
}

function rows(r: BenchResults): Row[] {
  const samples = r.samples ?? [];
  const out: Row[] = [];
  const none = { control: '–', over: '', noise: '' };
  if (samples.length) {
    const targets: Record<PageKey, number> = { quiet: 5, mentions: 25, large: 400 };
    for (const key of PAGE_KEYS)
      out.push(costRow(r, samples, key, 'taskMs', targets[key]), costRow(r, samples, key, 'cpuMs', targets[key]));
    out.push(settledRow(r, samples, 'taskMs', targets.large), settledRow(r, samples, 'cpuMs', targets.large));
    const large = compare(samples, (s) => s.pages.large.taskMs);
    const markJs = r.pageBench?.find((row) => row.tool === 'mark.js' && row.page.startsWith('large'));
    out.push({
      measurement: `${r.pages.large.name}: over control against mark.js's main-thread time on the same page`,
      extension: markJs
        ? `1/${(markJs.mainThreadMs / large.over).toFixed(0)} of mark.js (${(markJs.mainThreadMs / 1000).toFixed(1)} s)`
        : 'mark.js skipped',
      ...none,
      target: '≤ 1/100',
      result: verdict(markJs ? large.over * 100 <= markJs.mainThreadMs : undefined),
    });
    for (const key of PAGE_KEYS) out.push(longTaskRow(r, samples, key));
    const inView = summarize(values(samples, 'extension', (s) => s.viewport?.firstInViewMs));
    const afterLoad = summarize(
      values(samples, 'extension', (s) => (s.viewport?.firstInViewMs != null ? s.viewport.firstInViewMs - s.viewport.loadMs : null)),
    );
    out.push({
      measurement: `${r.pages.mentions.name}: first mark in the viewport (worker warm)`,
      extension: `${withRange(inView)} from navigation; ${withRange(afterLoad)} after load`,
      ...none,
      target: '≤ 300 ms after load',
      result: judge(afterLoad, 300),
    });
    const frame = compare(samples, (s) => s.scroll.longestFrameMs);
    const slow = compare(samples, (s) => s.scroll.slowFrames);
    out.push({
      measurement: `${r.pages.large.name}: scrolling ${r.scrollSteps} viewports, longest frame; frames over 50 ms`,
      extension: `${withRange(frame.extension)}; ${slow.extension.median}`,
      control: `${withRange(frame.control)}; ${slow.control.median}`,
      over: `${signed(frame.over)} ms${signedRange(frame.overPaired)}; ${signed(slow.over, 1)} frames`,
      noise: `${signed(frame.noise)} ms; ${signed(slow.noise, 1)} frames`,
      target: 'no added frame > 50 ms',
      result: verdict(
        frame.extension.n && frame.control.n
          ? slow.extension.median <= slow.control.median && frame.extension.median <= Math.max(50, frame.control.median)
          : undefined,
      ),
    });
    const scrollTime = compare(samples, (s) => s.scroll.taskMs);
    out.push({
      measurement: `${r.pages.large.name}: scrolling, renderer main-thread time`,
      extension: withRange(scrollTime.extension),
      control: withRange(scrollTime.control),
      over: `${signed(scrollTime.over)} ms${signedRange(scrollTime.overPaired)}`,
      noise: `${signed(scrollTime.noise)} ms${signedRange(scrollTime.noisePaired)}`,
      target: '',
      result: '',
    });
    const cold = samples.filter((s) => s.cold);
    if (cold.length) {
      const pick = (f: (c: NonNullable<LaunchSample['cold']>) => number | null) =>
        summarize(cold.map((s) => f(s.cold!)).filter((v): v is number => v !== null));
      const sources = [...new Set(cold.map((s) => s.cold!.source))].join(', ');
      out.push(
        {
          measurement: 'worker cold start: start request to ready (thread, load and compile; evaluate)',
          extension: `${withRange(pick((c) => c.readyMs))} (${ms(pick((c) => c.loadCompileMs).median)}; ${ms(pick((c) => c.evaluateMs).median)})`,
          ...none,
          target: '',
          result: '',
        },
        {
          measurement: `worker cold start: first detection (${r.pages.mentions.name}); start request to its end [${sources}]`,
          extension: `${withRange(pick((c) => c.firstDetectMs))}; ${withRange(pick((c) => c.detectDoneMs))}`,
          ...none,
          target: '',
          result: '',
        },
        {
          measurement: `${r.pages.mentions.name}: first mark in the viewport with the worker cold`,
          extension: `${withRange(pick((c) => c.page.firstInViewMs))} from navigation`,
          ...none,
          target: '',
          result: '',
        },
      );
    }
  }
  if (r.coldImport) {
    const s = r.coldImport.samples;
    out.push({
      measurement: `Node, fresh process: import of src/detect (${r.coldImport.bundleKiB.toFixed(0)} KiB bundle); first findMentions on ${r.pages.mentions.name}; second`,
      extension: `${withRange(summarize(s.map((x) => x.importMs)))}; ${withRange(summarize(s.map((x) => x.firstMs)))}; ${ms(median(s.map((x) => x.secondMs)), 1)}`,
      ...none,
      target: '',
      result: '',
    });
  }
  for (const row of r.pageBench ?? []) {
    if (row.tool !== 'China Tech Lens') continue;
    out.push({
      measurement: `${row.page}: our script's own tasks (CDP trace, tasks that ran our code)`,
      extension: `${row.rangeMs ? `${formatSummary({ median: row.mainThreadMs, min: row.rangeMs[0], max: row.rangeMs[1], n: 2 }, 1)} ms` : ms(row.mainThreadMs, 1)}; longest ${ms(row.longestTaskMs, 1)}`,
      ...none,
      target: '',
      result: '',
    });
  }
  return out;
}

/** Script, layout and style time over the control, per page (medians): where the extra time goes. */
function breakdown(r: BenchResults): string[] {
  const samples = r.samples ?? [];
  if (!samples.length) return [];
  const lines = ['| page (over control, medians) | all tasks | CPU | script | layout | style recalc |', '|---|---|---|---|---|---|'];
  for (const key of PAGE_KEYS) {
    const over = (f: (c: LaunchSample['pages'][PageKey]) => number) => `${signed(compare(samples, (s) => f(s.pages[key])).over)} ms`;
    lines.push(
      `| ${r.pages[key].name} | ${over((c) => c.taskMs)} | ${over((c) => c.cpuMs)} | ${over((c) => c.scriptMs)} | ${over((c) => c.layoutMs)} | ${over((c) => c.styleMs)} |`,
    );
  }
  return lines;
}

/**
 * With a 'before' build in the same rounds (CTL_BENCH_BEFORE_DIR): each figure for both builds and the
 * difference after − before, median and range of the per-round differences.
 */
function beforeAfter(r: BenchResults): string[] {
  const samples = r.samples ?? [];
  if (!samples.some((s) => s.arm === 'before')) return [];
  const lines = ['| measurement (before → after, same run, alternating) | before | after | after − before |', '|---|---|---|---|'];
  const line = (label: string, pick: Pick, overControl: boolean) => {
    const base = overControl ? summarize(values(samples, 'control', pick)).median : 0;
    const show = (arm: Arm) => {
      const s = summarize(values(samples, arm, pick));
      return overControl ? `${signed(s.median - base)} ms over control` : withRange(s);
    };
    const diff = summarize(paired(samples, 'extension', 'before', pick));
    lines.push(`| ${label} | ${show('before')} | ${show('extension')} | ${signed(diff.median)} ms${signedRange(diff)} |`);
  };
  for (const key of PAGE_KEYS) {
    line(`${r.pages[key].name}: main-thread time, ${r.windowMs / 1000} s`, (s) => s.pages[key].taskMs, true);
    line(`${r.pages[key].name}: main-thread CPU time, ${r.windowMs / 1000} s`, (s) => s.pages[key].cpuMs, true);
  }
  line(`${r.pages.large.name}: main-thread CPU time until marking settled`, (s) => s.scroll.settled.cpuMs, true);
  line(`${r.pages.large.name}: blocking time (tasks over 50 ms) until marking settled`, (s) => blocking(s.scroll.settled.longTasks), true);
  line(
    `${r.pages.mentions.name}: first mark in the viewport after load`,
    (s) => (s.viewport?.firstInViewMs != null ? s.viewport.firstInViewMs - s.viewport.loadMs : null),
    false,
  );
  line(`${r.pages.large.name}: scrolling, longest frame`, (s) => s.scroll.longestFrameMs, true);
  line(`${r.pages.large.name}: scrolling, main-thread CPU time`, (s) => s.scroll.cpuMs, true);
  line('worker cold start: start request to ready', (s) => s.cold?.readyMs, false);
  line('worker cold start: first detection', (s) => s.cold?.firstDetectMs, false);
  line(`${r.pages.mentions.name}: first mark in the viewport with the worker cold`, (s) => s.cold?.page.firstInViewMs, false);
  return lines;
}

export function method(r: BenchResults): string {
  return (
    `Method: ${r.browser}, headless, 2-core machine; ${r.launches} fresh launches per arm, alternating our build${r.samples?.some((s) => s.arm === 'before') ? " / the 'before' build" : ''} / an empty MV3 extension (control) / ` +
    `the control again (noise floor), rotated each round; each launch idles ${r.settleMs / 1000} s and loads one warm-up page first; ` +
    `main-thread time and CPU time are CDP Performance.getMetrics TaskDuration and ThreadTime over ${r.windowMs / 1000} s from navigation; ` +
    '"over" is median minus median, ' +
    'with the range of the per-round differences; long tasks from the Long Tasks API; marks in view by a requestAnimationFrame watch of ' +
    `CSS.highlights; scrolling ${r.scrollSteps} one-viewport steps, two frames each; worker cold start from a browser trace after ServiceWorker.stopAllWorkers.`
  );
}

export function formatBenchSummary(r: BenchResults): string {
  const table = [
    '| measurement | extension | control | over control | noise floor (control − control) | target | |',
    '|---|---|---|---|---|---|---|',
    ...rows(r).map(
      (row) => `| ${row.measurement} | ${row.extension} | ${row.control} | ${row.over} | ${row.noise} | ${row.target} | ${row.result} |`,
    ),
  ];
  const compared = beforeAfter(r);
  return [...table, '', ...breakdown(r), ...(compared.length ? ['', ...compared] : []), '', method(r)].join('\n');
}
