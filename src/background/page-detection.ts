/**
 * Detection for pages. The matcher, its context rules and compromise live here, in the worker, so the
 * content script (evaluated on every page) carries none of them and the page's main thread never runs
 * them: a page sends only the blocks its word prefilter let through. The request's schema bounds its
 * size (shared/messages.ts).
 */
import { findMentions, type Mention } from '../detect/index';

/**
 * Mentions in each text. Each call is a user-timing measure, `ctl:detect`, so the benchmark can read
 * the worker's detection time (cold and warm) from a trace (tests/bench/worker-cold.ts).
 */
export function detectTexts(texts: readonly string[]): Mention[][] {
  const start = performance.now();
  const found = texts.map((text) => findMentions(text));
  performance.measure('ctl:detect', { start });
  // The trace has it now; the worker's timeline need not keep one entry per request.
  performance.clearMeasures('ctl:detect');
  return found;
}
