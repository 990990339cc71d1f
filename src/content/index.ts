/**
 * Content script entry. It runs on every page, and most pages name nothing in the dataset, so it is
 * only a scout (scout.ts): a word prefilter over the page's text and an observer for later text. Only
 * when some text may name an entity does it load the page session (load-session.ts): settings,
 * detection in the service worker (the dataset, the detector and compromise never load in the page),
 * marks, cards and reports. A frame touches the extension API only then: its message listener comes
 * with the session, so a page that names nothing costs no API bindings, and no answer from a web page
 * means nothing there was worth a session (the worker reads it so, see background/tab-mentions.ts).
 */
import browser, { type Runtime } from '../shared/browser';
import { isEnvelope, type ContentRequests, type Envelope } from '../shared/messages';
import { loadSession } from './load-session';
import { pageIdentity } from './page-identity';
import { createPrefilter, type PrefilterWords } from './prefilter';
import { scoutPage } from './scout';
import type { Session } from './session';

function isHtmlDocument(doc: Document): boolean {
  return doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml';
}

/** Answers the worker and the popup; replies go through sendResponse, which every namespace honours. */
function listen(isTop: boolean, session: () => Session | undefined): void {
  const answer = (message: Envelope): { reply: unknown } | undefined => {
    if (message.type === 'content:hello') {
      const reply: ContentRequests['content:hello']['reply'] = pageIdentity();
      return { reply };
    }
    if (message.type === 'content:step') {
      const { direction } = message.payload as ContentRequests['content:step']['payload'];
      return { reply: session()?.step(direction === -1 ? -1 : 1) ?? false };
    }
    if (message.type === 'content:reveal') {
      const { id } = message.payload as ContentRequests['content:reveal']['payload'];
      const found = session()?.revealEntity(id) ?? false;
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

function main(): void {
  let session: Session | undefined;
  const mayMention = createPrefilter(JSON.parse(__CTL_PREFILTER__) as PrefilterWords);
  scoutPage(document, mayMention, () => {
    listen(window === window.top, () => session);
    loadSession()
      .then(({ startSession }) => startSession(mayMention))
      .then((started) => (session = started))
      // Typically an extension updated or removed while the page stayed open: this script is orphaned.
      .catch((error: unknown) => console.warn('China Tech Lens could not start on this page:', error));
  });
}

if (isHtmlDocument(document)) main();
