/**
 * Content script entry: builds the page session with what it needs from the extension (settings,
 * messages, strings), then lets preferences switch it on, off and restyle it live.
 * Kept small on purpose: it runs on every page, so it carries the alias list only (no dataset, no NLP).
 */
import { createDetectorWith, type Detector } from '../detect/detector';
import type { Matcher } from '../detect/matcher';
import browser from '../shared/browser';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { isEnvelope, type ContentRequests } from '../shared/messages';
import { decodeWire } from '../shared/json-wire';
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

/** The matcher comes compiled from the worker, once per page, when the first likely name appears. */
function detectorFromWorker(): { ready(): Detector | undefined; load(): Promise<Detector> } {
  let detector: Detector | undefined;
  let loading: Promise<Detector> | undefined;
  return {
    ready: () => detector,
    load: () =>
      (loading ??= sendToBackground('detect:matcher', {}).then(
        (wire) => {
          const matcher = decodeWire<Matcher>(wire);
          return (detector = createDetectorWith(() => matcher));
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}

async function main(): Promise<void> {
  const session = new Session({
    win: window,
    detector: detectorFromWorker(),
    mayMention: createPrefilter(__CTL_PREFILTER__),
    fetchTags: (sentences) => sendToBackground('nlp:tag', { sentences }),
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
