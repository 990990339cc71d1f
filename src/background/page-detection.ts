/**
 * Detection for pages. The matcher, its context rules and compromise live here, in the worker, so the
 * content script (evaluated on every page) carries none of them and the page's main thread never
 * runs them: a page sends only the blocks its word prefilter let through.
 */
import { findMentions, type Mention } from '../detect/index';

/** Bounds on one request, so a hostile page cannot make the worker chew forever. */
export const MAX_TEXTS = 2000;
export const MAX_TEXT_LENGTH = 100_000;

export function detectTexts(texts: unknown): Mention[][] {
  if (!Array.isArray(texts)) return [];
  return texts.slice(0, MAX_TEXTS).map((text) => (typeof text === 'string' && text.length <= MAX_TEXT_LENGTH ? findMentions(text) : []));
}
