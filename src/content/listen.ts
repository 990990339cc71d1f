/**
 * The frame's answers to the worker and the popup. A frame registers them only when its session starts
 * (./start-session.ts): a page that names nothing never touches the extension API, and no answer from a
 * web page tells the worker that nothing there was worth a session (background/tab-mentions.ts).
 * Requests are checked against their schemas; replies go through sendResponse, which every namespace
 * honours.
 */
import browser, { type Runtime } from '../shared/browser';
import { contentMessages, readRequest, type ContentRequests, type ContentRequestType } from '../shared/messages';
import { pageIdentity } from './page-identity';
import type { PageSession } from './session';

/** Each request's answer; undefined: this frame stays silent (another frame answers). */
type Answers = { readonly [K in ContentRequestType]: (payload: ContentRequests[K]['payload']) => ContentRequests[K]['reply'] | undefined };

export function answerMessages(isTop: boolean, session: PageSession): void {
  const answers: Answers = {
    'content:hello': () => pageIdentity(),
    'content:step': ({ direction }) => session.step(direction),
    // Several frames hear the popup; only one that has the mention (or the top frame) answers.
    'content:reveal': ({ id, claim }) => {
      const found = session.revealEntity(id, claim);
      return found || isTop ? found : undefined;
    },
  };
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): void => {
    const request = readRequest(contentMessages, message);
    const reply = request && (answers[request.type] as (payload: unknown) => unknown)(request.payload);
    // Answered at once, so nothing keeps the channel open; a frame that does not answer stays silent.
    if (reply !== undefined) sendResponse(reply);
  };
  // The polyfill's types know sendResponse only in its asynchronous form (return true); a synchronous
  // reply returns nothing.
  browser.runtime.onMessage.addListener(listener as unknown as Runtime.OnMessageListener);
}
