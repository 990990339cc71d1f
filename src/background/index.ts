/** Service worker (Chrome) / background script (Firefox): per-tab mention summaries, badge, messages. */
import '../shared/polyfill';
import browser from '../shared/browser';
import { loadSettings, watchSettings } from '../shared/settings-storage';
import { showBadge } from './badge';
import { cardData } from './card-data';
import { detectTexts } from './page-detection';
import { createRouter } from './router';
import type { ContentRequests, Envelope, PageIdentity } from '../shared/messages';
import { forgetTab, mentionsOfPage, recordFrame } from './tab-mentions';

const router = createRouter();

router.on('ping', () => ({ version: browser.runtime.getManifest().version }));

router.on('mentions:report', async ({ entities, url, startedAt }, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !Array.isArray(entities) || typeof url !== 'string' || typeof startedAt !== 'number') return null;
  await recordFrame(tabId, sender.frameId ?? 0, { url, startedAt }, entities);
  const mentions = await pageMentions(tabId);
  const { settings } = await loadSettings();
  await showBadge(tabId, mentions?.entities ?? [], settings.badge);
  return null;
});

/** The document a frame shows now, or null when no session there answers (see tab-mentions.ts). */
async function askFrame(tabId: number, frameId: number): Promise<PageIdentity | null> {
  const hello: Envelope<'content:hello', ContentRequests['content:hello']['payload']> = { type: 'content:hello', payload: {} };
  const reply = (await browser.tabs.sendMessage(tabId, hello, { frameId }).catch(() => null)) as ContentRequests['content:hello']['reply'] | null;
  return typeof reply?.url === 'string' && typeof reply.startedAt === 'number' ? { url: reply.url, startedAt: reply.startedAt } : null;
}

/** The tab's address, which Chrome shows the extension only where the user has opened its popup (activeTab). */
const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId).catch(() => undefined))?.url;

const pageMentions = (tabId: number) => mentionsOfPage(tabId, askFrame, () => tabUrl(tabId));

router.on('mentions:get', ({ tabId }) => pageMentions(tabId));

router.on('entity:get', ({ id }) => cardData(id));
router.on('detect:text', ({ texts }) => detectTexts(texts));
router.on('compare:open', async ({ ids }) => {
  const list = Array.isArray(ids) ? ids.filter((id) => typeof id === 'string').slice(0, 8) : [];
  const query = encodeURIComponent(list.join(','));
  await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?compare=${query}`) });
  return null;
});

// Keyboard commands step through the mentions of the active tab's top frame.
browser.commands?.onCommand.addListener((command, tab) => {
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  if (!direction || tab?.id === undefined) return;
  void browser.tabs.sendMessage(tab.id, { type: 'content:step', payload: { direction } }, { frameId: 0 }).catch(() => undefined);
});

browser.runtime.onMessage.addListener(router.listener);
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
// No tabs.onUpdated: reports say which document they come from (./tab-mentions.ts), and browsers clear
// the badge themselves on a new document, so the worker is not started for every page load.

// The badge follows the preference at once, in every open tab.
watchSettings(async ({ settings }) => {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await showBadge(tab.id, (await pageMentions(tab.id))?.entities ?? [], settings.badge);
  }
});
