/**
 * "Worker cold start", measured from outside the extension: the worker is stopped (CDP
 * `ServiceWorker.stopAllWorkers`, which is what the browser does to an idle worker; a reload of the
 * extension would reinstall it instead), then the page is loaded, the content script's `detect:text`
 * wakes the worker, and a browser-wide trace (light categories: toplevel, ServiceWorker, user timing)
 * shows the worker thread's work from the browser's start request on: loading and compiling its
 * scripts, evaluating them, and the task that handled the first message. The page, watched as in
 * ./viewport-marks.ts, says when the first mark in view arrived with the worker cold.
 *
 * The first detection is found by its user-timing measure `ctl:detect` if the worker records one
 * (`performance.measure('ctl:detect', …)` around each detect:text handling): then it is exact.
 * Without it, it is the longest task that received a message in the 2 s after the first message
 * task following the worker's start: on our pages that is the detection (the other messages are a
 * report of a few entries), but it is a heuristic, and the report says which was used.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { measureViewportMarks, type ViewportMarks } from './viewport-marks';

export interface WorkerColdStart {
  /** Browser's start request to the worker's "started" signal (scripts loaded, compiled, evaluated), ms. */
  readonly readyMs: number;
  /** Worker-thread tasks before evaluation (thread set-up, script loading, compiling), ms. */
  readonly loadCompileMs: number;
  /** The task that evaluated the worker's scripts, ms. */
  readonly evaluateMs: number;
  /** The first detection's handling in the worker, ms. */
  readonly firstDetectMs: number;
  /** Start request to the end of the first detection, ms. */
  readonly detectDoneMs: number;
  /** Worker-thread busy time from the start request to the end of the first detection, ms. */
  readonly busyMs: number;
  readonly source: 'ctl:detect measure' | 'heuristic (longest message task)';
  /** What the page saw with the worker cold. */
  readonly page: ViewportMarks;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: Record<string, unknown> & { name?: string; Script?: string };
}

const CATEGORIES = ['toplevel', 'ServiceWorker', 'blink.user_timing', '__metadata'];
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Stops the extension's worker from a blank tab, which stays open until the measurement is over:
 * closing a tab fires tabs.onRemoved, which our worker listens to, and would start it again.
 */
async function stopWorker(context: BrowserContext, extensionId: string): Promise<Page> {
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await sleep(300);
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 15_000;
  while (status !== 'stopped' && Date.now() < deadline) await sleep(50);
  await cdp.detach();
  if (status !== 'stopped') throw new Error(`the extension's worker did not stop (status: ${status || 'unknown'})`);
  return blank;
}

export function analyseColdStart(events: readonly TraceEvent[], extensionId: string): Omit<WorkerColdStart, 'page'> {
  const request = events.find(
    (e) => e.name === 'ServiceWorkerVersion::StartWorkerRequested' && String(e.args?.Script ?? '').includes(extensionId),
  );
  if (!request) throw new Error('no worker start in the trace');
  const workerThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && /ServiceWorker/i.test(String(e.args?.name)))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const after = events.filter((e) => e.ts >= request.ts && workerThreads.has(`${e.pid}:${e.tid}`));
  const evaluation = after.find((e) => e.name === 'ServiceWorkerGlobalScopeProxy::EvaluateTopLevelScript');
  if (!evaluation) throw new Error('no worker evaluation in the trace');
  const thread = `${evaluation.pid}:${evaluation.tid}`;
  const onThread = after.filter((e) => `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts);
  // Outermost tasks only (a task may run nested ones).
  const tasks: TraceEvent[] = [];
  for (const e of onThread) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name)) continue;
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(e);
  }
  const within = (task: TraceEvent, e: TraceEvent) => e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0);
  const evaluateTask = tasks.find((t) => within(t, evaluation))!;
  const started = onThread.find((e) => e.name === 'ServiceWorkerContextClient::SendWorkerStarted');
  const startedAt = started?.ts ?? evaluateTask.ts + (evaluateTask.dur ?? 0);

  let detectStart: number;
  let detectEnd: number;
  let source: WorkerColdStart['source'];
  const begin = onThread.find((e) => e.name === 'ctl:detect' && e.ph === 'b');
  const end = begin && onThread.find((e) => e.name === 'ctl:detect' && e.ph === 'e' && e.ts >= begin.ts);
  if (begin && end) {
    [detectStart, detectEnd, source] = [begin.ts, end.ts, 'ctl:detect measure'];
  } else {
    const messageTasks = tasks.filter((t) => t.ts >= startedAt && onThread.some((e) => e.name === 'Receive mojo message' && within(t, e)));
    if (!messageTasks.length) throw new Error('no message task after the worker started');
    const first = messageTasks[0]!.ts;
    const detect = messageTasks.filter((t) => t.ts < first + 2_000_000).reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a));
    [detectStart, detectEnd, source] = [detect.ts, detect.ts + (detect.dur ?? 0), 'heuristic (longest message task)'];
  }
  const busyUs = tasks.filter((t) => t.ts < detectEnd).reduce((sum, t) => sum + Math.min(t.dur ?? 0, detectEnd - t.ts), 0);
  return {
    readyMs: (startedAt - request.ts) / 1000,
    loadCompileMs: tasks.filter((t) => t.ts < evaluateTask.ts).reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000,
    evaluateMs: (evaluateTask.dur ?? 0) / 1000,
    firstDetectMs: (detectEnd - detectStart) / 1000,
    detectDoneMs: (detectEnd - request.ts) / 1000,
    busyMs: busyUs / 1000,
    source,
  };
}

/** Stops the extension's worker, then loads `url` (a page with mentions) under a light browser trace. */
export async function measureWorkerColdStart(context: BrowserContext, extensionId: string, url: string): Promise<WorkerColdStart> {
  const blank = await stopWorker(context, extensionId);
  await sleep(1000);
  const browser = context.browser();
  if (!browser) throw new Error('no browser object to trace');
  await browser.startTracing(undefined, { categories: CATEGORIES });
  let page: ViewportMarks;
  let trace: Buffer;
  try {
    page = await measureViewportMarks(context, url);
    await sleep(1000); // the worker's reply and the page's report
  } finally {
    trace = await browser.stopTracing();
    await blank.close();
  }
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  return { ...analyseColdStart(events, extensionId), page };
}
