/** The toolbar badge: how many distinct entities the tab mentions (off when the user says so). */
import browser from '../shared/browser';
import type { EntityCount } from '../shared/messages';

export async function showBadge(tabId: number, entities: readonly EntityCount[], enabled: boolean): Promise<void> {
  const count = entities.length;
  const text = enabled && count > 0 ? (count > 99 ? '99+' : String(count)) : '';
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
  } catch {
    // The tab closed meanwhile.
  }
}
