/**
 * Typed requests across contexts: to the worker (from a page, the popup or the options page) and to a
 * tab's frames (from the worker or the popup). Every reply is checked against its schema
 * (./messages.ts); one that does not fit rejects, as a failed send does.
 */
import browser from './browser';
import {
  backgroundMessages,
  contentMessages,
  readReply,
  type BackgroundRequests,
  type BackgroundRequestType,
  type ContentRequests,
  type ContentRequestType,
} from './messages';

function checked<T>(type: string, reply: T | undefined): T {
  if (reply === undefined) throw new Error(`unexpected reply to ${type}`);
  return reply;
}

export async function sendToBackground<K extends BackgroundRequestType>(
  type: K,
  payload: BackgroundRequests[K]['payload'],
): Promise<BackgroundRequests[K]['reply']> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  return checked(type, readReply(backgroundMessages, type, reply) as BackgroundRequests[K]['reply'] | undefined);
}

/** To a tab (every frame that listens, or the one `frameId` names); the first answer counts. */
export async function sendToTab<K extends ContentRequestType>(
  tabId: number,
  type: K,
  payload: ContentRequests[K]['payload'],
  options?: { frameId?: number },
): Promise<ContentRequests[K]['reply']> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, payload }, options);
  return checked(type, readReply(contentMessages, type, reply) as ContentRequests[K]['reply'] | undefined);
}
