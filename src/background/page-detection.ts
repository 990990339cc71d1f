/**
 * Detection for pages. The matcher, its context rules and compromise live here, in the worker, so the
 * content script (evaluated on every page) carries none of them and the page's main thread never runs
 * them: a page sends only the blocks its word prefilter let through. The request's schema bounds its
 * size (shared/messages.ts).
 */
import type { EntityId } from '../data/schema';
import { findMentions, type Mention } from '../detect/index';

/**
 * Mentions in each text, in page order, with the abbreviations the page has defined so far (given, and
 * found in these texts). Each call is a user-timing measure, `ctl:detect`, so the benchmark can read the
 * worker's detection time (cold and warm) from a trace (tests/bench/worker-cold.ts).
 */
export function detectTexts(
  texts: readonly string[],
  defined: Readonly<Record<string, EntityId | null>> = {},
): { mentions: Mention[][]; abbreviations: Record<string, EntityId | null> } {
  const start = performance.now();
  const abbreviations = new Map(Object.entries(defined));
  const mentions = texts.map((text) => findMentions(text, { abbreviations }));
  performance.measure('ctl:detect', { start });
  // The trace has it now; the worker's timeline need not keep one entry per request.
  performance.clearMeasures('ctl:detect');
  return { mentions, abbreviations: Object.fromEntries(abbreviations) };
}
