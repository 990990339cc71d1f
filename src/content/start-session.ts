/**
 * The page session's entry: the half of the content script that only pages with candidate text load
 * (./load-session.ts). It connects the session to the extension: detection and card data from the
 * service worker, the preferences and their changes, reports for the badge and the popup, and the
 * frame's answers to them (./listen.ts).
 */
import { t, uiLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/send';
import { loadSettings, watchSettings } from '../shared/settings-storage';
import { answerMessages } from './listen';
import { pageIdentity } from './page-identity';
import type { Handover } from './scout';
import { PageSession } from './session';

export async function startSession(handover: Handover): Promise<PageSession> {
  const session = new PageSession(
    {
      win: window,
      detect: (texts, abbreviations) => sendToBackground('detect:text', { texts: [...texts], abbreviations: { ...abbreviations } }),
      loadCard: (id) => sendToBackground('entity:get', { id }),
      compare: (id) => void sendToBackground('compare:open', { ids: [id] }).catch(() => undefined),
      report: ({ entities, contradictions }) => sendToBackground('mentions:report', { entities, contradictions, ...pageIdentity() }),
      // The worker still has a recent batch's texts: they are named, not sent again. A restarted worker
      // has lost them (null), and then they are sent.
      checkClaims: async ({ batch, indices, texts, mentions }) => {
        const lang = uiLanguage();
        const kept = batch === undefined ? null : await sendToBackground('claims:check', { batch, indices: [...indices], lang });
        return kept ?? (await sendToBackground('claims:check', { texts: [...texts], mentions: mentions.map((m) => [...m]), lang })) ?? [];
      },
      t,
      lang: uiLanguage(),
    },
    handover,
  );
  answerMessages(window === window.top, session);
  session.apply((await loadSettings()).settings);
  watchSettings(({ settings }) => session.apply(settings));
  return session;
}
