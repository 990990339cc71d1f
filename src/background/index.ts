/** Service worker (Chrome) / background script (Firefox): per-tab mention summaries, badge, messages. */
import browser from '../shared/browser';
import { loadSettings, watchSettings } from '../shared/settings-storage';
import { showBadge } from './badge';
import { createRouter } from './router';
import { forgetTab, getTabMentions, recordFrame } from './tab-mentions';

const router = createRouter();

router.on('ping', () => ({ version: browser.runtime.getManifest().version }));

router.on('mentions:report', async ({ entities }, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !Array.isArray(entities)) return null;
  const mentions = await recordFrame(tabId, sender.frameId ?? 0, sender.url ?? sender.tab?.url ?? '', entities);
  const { settings } = await loadSettings();
  await showBadge(tabId, mentions, settings.badge);
  return null;
});

router.on('mentions:get', ({ tabId }) => getTabMentions(tabId));

browser.runtime.onMessage.addListener(router.listener);
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

// The badge follows the preference at once, in every open tab.
watchSettings(async ({ settings }) => {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await showBadge(tab.id, await getTabMentions(tab.id), settings.badge);
  }
});
