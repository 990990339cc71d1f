/** Preferences apply live, the popup can reveal a mention, and the card's Compare opens the comparison. */
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';
import type { PageHandle } from './harness';
import { highlightCounts, hoverText, markedTexts, openArticle, waitForCard, waitForMarks, setSettings } from './page-helpers';

const ext = extensionForFile();
let page: PageHandle;

const totalMarks = async () => {
  const counts = await highlightCounts(page);
  return Object.entries(counts).reduce((sum, [name, n]) => (name === 'ctl-active' ? sum : sum + n), 0);
};

beforeAll(async () => {
  page = await openArticle(ext);
});

describe('live preferences', () => {
  it('marks only the first mention of each entity with the "first" scope, and all again after', async () => {
    const all = await totalMarks();
    await setSettings(ext, { mentionScope: 'first' });
    await page.waitFor((all) => {
      let n = 0;
      (CSS as any).highlights.forEach((s: Set<unknown>, name: string) => name !== 'ctl-active' && (n += s.size));
      return n > 0 && n < all;
    }, all);
    const texts = await markedTexts(page);
    expect(texts.filter((t) => t === 'Shenzhen')).toHaveLength(1);
    await setSettings(ext, { mentionScope: null });
    await waitForMarks(page, all);
  });

  it('drops a kind when it is switched off', async () => {
    await setSettings(ext, { kinds: { city: false, zone: true, company: true, policy: true } });
    await page.waitFor(() => (CSS as any).highlights.get('ctl-city')?.size === 0);
    expect((await highlightCounts(page))['ctl-company']).toBeGreaterThan(0);
    await setSettings(ext, { kinds: null });
    await page.waitFor(() => (CSS as any).highlights.get('ctl-city')?.size > 0);
  });

  it('turns off on a disabled site and back on, without a reload', async () => {
    await setSettings(ext, { disabledSites: ['127.0.0.1'] });
    await page.waitFor(() => !document.querySelector('china-tech-lens') && !(CSS as any).highlights.get('ctl-city')?.size);
    await setSettings(ext, { disabledSites: null });
    await waitForMarks(page, 20);
  });

  it('opens the card after the chosen dwell time and follows the chosen names', async () => {
    await setSettings(ext, { nameDisplay: 'zh', cardDelayMs: 150 });
    const card = await hoverText(page, 'Hangzhou', '杭州');
    expect(card.name).toContain('杭州');
    await page.press('Escape');
    await page.mouseMove(2, 2);
    await setSettings(ext, { nameDisplay: null, cardDelayMs: null });
  });
});

describe('messages from the popup and the card', () => {
  it('reveals an entity when the popup asks, opening its card', async () => {
    const tabId = await ext.tabIdOf(page);
    const found = await ext.extensionEval(
      ({ tabId }) => {
        const api = (globalThis as any).chrome ?? (globalThis as any).browser;
        return api.tabs.sendMessage(tabId, { type: 'content:reveal', payload: { id: 'company:lenovo' } });
      },
      { tabId },
    );
    expect(found).toBe(true);
    await waitForCard(page, 'Lenovo');
  });

  it('opens the comparison view in a tab from the card', async () => {
    await waitForCard(page, 'Lenovo');
    await page.evaluate(() => {
      const card = document.querySelector('china-tech-lens')!.shadowRoot!.getElementById('ctl-card')!;
      (card.querySelector('button.compare') as HTMLButtonElement).click();
    });
    const url = await ext.extensionEval(async () => {
      const api = (globalThis as any).chrome ?? (globalThis as any).browser;
      for (let i = 0; i < 50; i++) {
        const tabs = await api.tabs.query({});
        const hit = tabs.find((t: any) => String(t.url ?? t.pendingUrl ?? '').includes('compare='));
        if (hit) return String(hit.url || hit.pendingUrl);
        await new Promise((r) => setTimeout(r, 100));
      }
      return '';
    });
    expect(decodeURIComponent(url)).toContain('src/popup/index.html?compare=company:lenovo');
  });
});
