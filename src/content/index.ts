/**
 * Content script entry. It runs on every page, and most pages name nothing in the dataset, so it is
 * only a scout (scout.ts): a word prefilter over the page's text and an observer for later text. Only
 * when some text may name an entity does it load the page session (load-session.ts), and hand it what
 * it read: settings, detection in the service worker (the dataset, the detector and compromise never
 * load in the page), marks, cards, reports and the frame's message listener come with the session.
 */
import { loadSession } from './load-session';
import { createPrefilter, type PrefilterWords } from '../detect/prefilter';
import { scoutPage } from './scout';

scoutPage(
  document,
  () => createPrefilter(JSON.parse(__CTL_PREFILTER__) as PrefilterWords),
  (handover) =>
    void loadSession()
      .then(({ startSession }) => startSession(handover))
      // Typically an extension updated or removed while the page stayed open: this script is orphaned.
      .catch((error: unknown) => console.warn('China Tech Lens could not start on this page:', error)),
);
