/**
 * When the card must not open, and when it must close without the pointer moving: only marked text opens
 * a card, a preference that unmarks the card's mention closes it at once, a card in a frame closes when
 * the pointer leaves the frame, and a card closed while a related chip was being hovered stays closed.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';
import type { PageHandle } from './harness';
import { cardState, hoverText, openArticle, pointOf, waitForCard, waitForCardClosed, waitForMarks, setSettings } from './page-helpers';

const ext = extensionForFile();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the card's dwell (150 ms here), its hide delay and a related chip's dwell together. */
const SETTLE_MS = 1500;

beforeAll(async () => {
  await setSettings(ext, { cardDelayMs: 150 });
});

describe('only what is marked opens a card', () => {
  let page: PageHandle;
  beforeAll(async () => {
    page = await openArticle(ext);
  });
  afterAll(async () => {
    await setSettings(ext, { kinds: null, mentionScope: null });
    await page.close();
  });

  it('opens no card over a name whose kind is switched off', async () => {
    await setSettings(ext, { kinds: { company: false } });
    await page.waitFor(() => (CSS as any).highlights.get('ctl-company')?.size === 0);
    const point = (await pointOf(page, 'Alibaba'))!;
    await page.mouseMove(point.x, point.y);
    await sleep(SETTLE_MS);
    expect((await cardState(page))?.open ?? false).toBe(false);
    // A city is still marked, and its card still opens.
    await hoverText(page, 'Hangzhou');
    await page.press('Escape');
    await page.mouseMove(2, 2);
  });

  it('opens no card over a later mention when only the first of each is marked', async () => {
    await setSettings(ext, { kinds: null, mentionScope: 'first' });
    await page.waitFor(() => {
      let n = 0;
      (CSS as any).highlights.forEach((s: Set<unknown>, name: string) => name !== 'ctl-active' && (n += s.size));
      return n > 0 && n < 25;
    });
    // "Shenzhen" appears in the title (marked) and again in the first section (not marked).
    const later = (await pointOf(page, 'Shenzhen', 2))!;
    await page.mouseMove(later.x, later.y);
    await sleep(SETTLE_MS);
    expect((await cardState(page))?.open ?? false).toBe(false);
    await page.mouseMove(2, 2);
  });
});

describe('a card whose mention is unmarked closes at once', () => {
  let page: PageHandle;
  beforeEach(async () => {
    page = await openArticle(ext);
  });
  afterEach(async () => {
    await setSettings(ext, { kinds: null, disabledSites: null });
    await page.close();
  });

  it('closes when its kind is switched off, with the pointer still on the name', async () => {
    await hoverText(page, 'Alibaba');
    await setSettings(ext, { kinds: { company: false } });
    await waitForCardClosed(page, 2000);
  });

  it('closes when the site is switched off, with the pointer still on the name', async () => {
    await hoverText(page, 'Hangzhou');
    await setSettings(ext, { disabledSites: ['127.0.0.1'] });
    await waitForCardClosed(page, 2000);
    // Back on: marks return, and the card opens again from the same spot.
    await setSettings(ext, { disabledSites: null });
    await waitForMarks(page, 20);
    await page.mouseMove(2, 2);
    await hoverText(page, 'Hangzhou');
  });
});

describe('a card in a frame', () => {
  it('closes when the pointer leaves the frame for the page around it', async () => {
    const page = await ext.openPage('/page-frames.html');
    await waitForMarks(page, 2);
    // Wait for the frame's own marks, then hover "Baidu" inside it.
    const point = await page.waitFor(() => {
      const frame = document.getElementById('frame') as HTMLIFrameElement;
      const doc = frame.contentDocument;
      let marks = 0;
      (frame.contentWindow as any)?.CSS?.highlights?.forEach(
        (set: Set<unknown>, name: string) => name !== 'ctl-active' && (marks += set.size),
      );
      const text = doc?.querySelector('p')?.firstChild as Text | undefined;
      if (!text || marks < 2) return null;
      const range = doc!.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Baidu'.length);
      const r = range.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      return { x: f.left + frame.clientLeft + r.left + r.width / 2, y: f.top + frame.clientTop + r.top + r.height / 2 };
    });
    const frameCardOpen = () =>
      page.evaluate(() => {
        const doc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument;
        const card = doc?.querySelector('china-tech-lens')?.shadowRoot?.getElementById('ctl-card') as HTMLElement | null;
        return !!card && !card.hidden;
      });
    await page.mouseMove(point!.x, point!.y);
    await page.waitFor(() => {
      const doc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument;
      const card = doc?.querySelector('china-tech-lens')?.shadowRoot?.getElementById('ctl-card') as HTMLElement | null;
      return !!card && !card.hidden && (card.textContent ?? '').includes('Baidu');
    });
    // Out of the frame, onto the outer page's first paragraph (well clear of the frame).
    await page.mouseMove(5, 5);
    await sleep(SETTLE_MS);
    expect(await frameCardOpen()).toBe(false);
    await page.close();
  });
});

describe('a closed card stays closed', () => {
  it('does not come back when it was closed while a related chip was hovered', async () => {
    const page = await openArticle(ext);
    const card = await hoverText(page, 'Shenzhen');
    // The pointer rests on the card's first related chip: its dwell would switch the card to that entity.
    const chip = await page.evaluate(() => {
      const el = document.querySelector('china-tech-lens')!.shadowRoot!.querySelector('.chip') as HTMLElement;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    expect(card.open).toBe(true);
    await page.mouseMove(chip.x, chip.y);
    // Closed before the chip's dwell is over.
    await page.press('Escape');
    await waitForCardClosed(page, 2000);
    await sleep(SETTLE_MS);
    expect((await cardState(page))?.open ?? false).toBe(false);
    await page.close();
  });

  it('stays closed after a site is switched off and on again, and one card serves the page afterwards', async () => {
    const page = await openArticle(ext);
    for (let i = 0; i < 3; i++) {
      await setSettings(ext, { disabledSites: ['127.0.0.1'] });
      await page.waitFor(() => !document.querySelector('china-tech-lens'));
      await setSettings(ext, { disabledSites: null });
      await waitForMarks(page, 20);
    }
    await hoverText(page, 'Beijing');
    expect(await page.evaluate(() => document.querySelectorAll('china-tech-lens').length)).toBe(1);
    await page.evaluate(() => window.scrollBy(0, 40));
    await waitForCard(page, 'Beijing');
    await page.close();
  });
});
