/**
 * Content script entry: builds the page session with what it needs from the extension (settings,
 * messages, strings), then lets preferences switch it on, off and restyle it live.
 * Kept small on purpose: it runs on every page, so it carries a word prefilter only; the dataset, the
 * detector and compromise stay in the service worker.
 */
import browser from '../shared/browser';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { isEnvelope, type ContentRequests } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { loadSettings, watchSettings } from '../shared/settings-storage';
import { createPrefilter } from './prefilter';
import { Session } from './session';

function isHtmlDocument(doc: Document): boolean {
  return doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml';
}

function listen(session: Session): void {
  const isTop = window === window.top;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEnvelope(message)) return undefined;
    if (message.type === 'content:step') {
      const { direction } = message.payload as ContentRequests['content:step']['payload'];
      return Promise.resolve(session.step(direction === -1 ? -1 : 1));
    }
    if (message.type === 'content:reveal') {
      const { id } = message.payload as ContentRequests['content:reveal']['payload'];
      const found = session.revealEntity(id);
      // Several frames hear the popup; only one that has the mention (or the top frame) answers.
      return found || isTop ? Promise.resolve(found) : undefined;
    }
    return undefined;
  });
}

async function main(): Promise<void> {
  const session = new Session({
    win: window,
    detect: (texts) => sendToBackground('detect:text', { texts }),
    mayMention: createPrefilter(__CTL_PREFILTER__),
    loadCard: (id) => sendToBackground('entity:get', { id }),
    compare: (id) => void sendToBackground('compare:open', { ids: [id] }).catch(() => undefined),
    report: (entities) => sendToBackground('mentions:report', { entities }),
    t: (key, substitutions) => t(key as MessageKey, substitutions),
    lang: uiLanguage(),
  });
  listen(session);
  session.apply((await loadSettings()).settings);
  watchSettings(({ settings }) => session.apply(settings));
}

if (isHtmlDocument(document)) void main();
