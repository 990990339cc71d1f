/**
 * The frame's answers to the worker and the popup. A frame registers them only when its session
 * starts (./start-session.ts): a page that names nothing never touches the extension API, and no
 * answer from a web page tells the worker that nothing there was worth a session (see
 * background/tab-mentions.ts). Replies go through sendResponse, which every namespace honours.
 */
import browser, { type Runtime } from '../shared/browser';
import { isEnvelope, type ContentRequests, type Envelope } from '../shared/messages';
import { pageIdentity } from './page-identity';
import type { Session } from './session';

export function answerMessages(isTop: boolean, session: Session): void {
  const answer = (message: Envelope): { reply: unknown } | undefined => {
    if (message.type === 'content:hello') {
      const reply: ContentRequests['content:hello']['reply'] = pageIdentity();
      return { reply };
    }
    if (message.type === 'content:step') {
      const { direction } = message.payload as ContentRequests['content:step']['payload'];
      return { reply: session.step(direction === -1 ? -1 : 1) };
    }
    if (message.type === 'content:reveal') {
      const { id } = message.payload as ContentRequests['content:reveal']['payload'];
      const found = session.revealEntity(id);
      // Several frames hear the popup; only one that has the mention (or the top frame) answers.
      return found || isTop ? { reply: found } : undefined;
    }
    return undefined;
  };
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): void => {
    const answered = isEnvelope(message) ? answer(message) : undefined;
    // Answered at once, so nothing keeps the channel open; a frame that does not answer stays silent.
    if (answered) sendResponse(answered.reply);
  };
  // The polyfill's types know sendResponse only in its asynchronous form (return true); a synchronous
  // reply returns nothing.
  browser.runtime.onMessage.addListener(listener as unknown as Runtime.OnMessageListener);
}
