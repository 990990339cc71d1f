/**
 * Detection for pages. The matcher, its context rules and compromise live here, in the worker, so the
 * content script (evaluated on every page) carries none of them and the page's main thread never runs
 * them: a page sends only the blocks its word prefilter let through. The request's schema bounds its
 * size (shared/messages.ts).
 */
import { findMentions, type Mention } from '../detect/index';

export function detectTexts(texts: readonly string[]): Mention[][] {
  return texts.map((text) => findMentions(text));
}
