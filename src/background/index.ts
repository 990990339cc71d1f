/** Service worker (Chrome) / background script (Firefox): per-tab mention summaries, badge, messages. */
import '../shared/polyfill';
import browser, { type Runtime } from '../shared/browser';
import { sendToTab } from '../shared/send';
import { loadSettings, watchSettings } from '../shared/settings-storage';
import { showBadge } from './badge';
import { cardData } from './card-data';
import { claimNotes } from './claim-notes';
import { detectTexts } from './page-detection';
import { createRecentTexts } from './recent-texts';
import { createRouter } from './router';
import { forgetTab, mentionsOfPage, recordFrame, type AskFrame } from './tab-mentions';

/** Detection batches the page may ask fact-check hints for by number. */
const recentTexts = createRecentTexts();
const frameOf = (sender: Runtime.MessageSender) => `${sender.tab?.id ?? 'none'}:${sender.frameId ?? 0}`;

/** The badge preference, read once per worker start and kept current; the badge is drawn on every report. */
let badgeOn: Promise<boolean> | undefined;
const badgeEnabled = () => (badgeOn ??= loadSettings().then(({ settings }) => settings.badge));

/** The document a frame shows now, or null when no session there answers (see tab-mentions.ts). */
const askFrame: AskFrame = (tabId, frameId) => sendToTab(tabId, 'content:hello', {}, { frameId }).catch(() => null);

/** The tab's address, which Chrome shows the extension only where the user has opened its popup (activeTab). */
const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId).catch(() => undefined))?.url;

const pageMentions = (tabId: number, known?: Parameters<typeof mentionsOfPage>[3]) =>
  mentionsOfPage(tabId, askFrame, () => tabUrl(tabId), known);

browser.runtime.onMessage.addListener(
  createRouter({
    ping: () => ({ version: browser.runtime.getManifest().version }),
    'mentions:report': async ({ entities, contradictions, url, startedAt }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      const frameId = sender.frameId ?? 0;
      await recordFrame(tabId, frameId, { url, startedAt }, entities, contradictions);
      // The reporting frame has just said which document it shows: it is not asked again.
      const mentions = await pageMentions(tabId, new Map([[frameId, { url, startedAt }]]));
      await showBadge(tabId, mentions?.entities ?? [], await badgeEnabled());
      return null;
    },
    'mentions:get': ({ tabId }) => pageMentions(tabId),
    'entity:get': ({ id }) => cardData(id),
    'detect:text': ({ texts, abbreviations }, sender) => {
      const found = detectTexts(texts, abbreviations);
      return { ...found, batch: recentTexts.remember(frameOf(sender), texts, found.mentions) };
    },
    'claims:check': async (payload, sender) => {
      if ('texts' in payload) return claimNotes(payload.texts, payload.mentions, payload.lang);
      const kept = recentTexts.recall(frameOf(sender), payload.batch, payload.indices);
      return kept ? claimNotes(kept.texts, kept.mentions, payload.lang) : null;
    },
    'compare:open': async ({ ids }) => {
      const query = encodeURIComponent(ids.join(','));
      await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?compare=${query}`) });
      return null;
    },
  }),
);

// Keyboard commands step through the mentions of the active tab's top frame.
browser.commands?.onCommand.addListener((command, tab) => {
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  if (!direction || tab?.id === undefined) return;
  void sendToTab(tab.id, 'content:step', { direction }, { frameId: 0 }).catch(() => undefined);
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
// No tabs.onUpdated: reports say which document they come from (./tab-mentions.ts), and browsers clear
// the badge themselves on a new document, so the worker is not started for every page load.

// The badge follows the preference at once, in every open tab.
watchSettings(async ({ settings }) => {
  badgeOn = Promise.resolve(settings.badge);
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await showBadge(tab.id, (await pageMentions(tab.id))?.entities ?? [], settings.badge);
  }
});
