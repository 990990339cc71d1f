/** Typed request to the service worker from a content script, popup or options page. */
import browser from './browser';
import type { BackgroundRequests, BackgroundRequestType } from './messages';

export function sendToBackground<K extends BackgroundRequestType>(
  type: K,
  payload: BackgroundRequests[K]['payload'],
): Promise<BackgroundRequests[K]['reply']> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<BackgroundRequests[K]['reply']>;
}
