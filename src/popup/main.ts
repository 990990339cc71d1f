/** Toolbar popup: what the active tab mentions. */
import { getEntity } from '../data/index';
import browser from '../shared/browser';
import { localizeTree, t } from '../shared/i18n';
import { sendToBackground } from '../shared/send';

async function activeTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function render(): Promise<void> {
  localizeTree(document);
  const status = document.getElementById('status')!;
  const list = document.getElementById('mentions')!;
  const tabId = await activeTabId();
  const mentions = tabId === undefined ? null : await sendToBackground('mentions:get', { tabId });
  list.replaceChildren();
  if (!mentions || mentions.entities.length === 0) {
    status.textContent = t('popupNoMentions');
    return;
  }
  status.textContent = '';
  for (const { id, count } of mentions.entities) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = getEntity(id)?.name ?? id;
    const n = document.createElement('span');
    n.textContent = String(count);
    item.append(name, n);
    list.append(item);
  }
}

void render();
