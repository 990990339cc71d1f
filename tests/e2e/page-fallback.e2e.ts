/**
 * Browsers without the CSS Custom Highlight API: mentions are marked by boxes in our own shadow root
 * instead, and what a reader notices (marks, cards, Esc, marks leaving with their text) stays the same.
 */
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { launchExtension, type ExtensionBrowser, type PageHandle } from './harness';
import { hasHighlightApi, waitForBoxesOver } from './fallback-probes';
import { hoverText, pageSnapshots, waitForCardClosed } from './page-helpers';

/** Every mention on /page-fallback.html, each on one line; Baidu sits in the span the page removes. */
const WORDS = ['Tencent', 'Shenzhen', 'Alibaba', 'Hangzhou', 'Beijing', 'Baidu'];

const SWITCH = {
  chromium: 'the flag --disable-blink-features=HighlightAPI',
  firefox: 'the pref dom.customHighlightAPI.enabled = false',
} as const;

let ext: ExtensionBrowser;
let page: PageHandle;
let apiOff = false;

beforeAll(async () => {
  ext = await launchExtension({ highlightApi: false });
  page = await ext.openPage('/page-fallback.html');
  apiOff = !(await hasHighlightApi(page));
  if (!apiOff) console.warn(`[e2e] ${skipReason()}`);
});
afterAll(async () => {
  await ext?.close();
});

/**
 * With the API still on, these scenarios would test the Highlight painter instead: they skip, saying
 * why, rather than pass for the wrong reason.
 */
function requireApiOff(ctx: TestContext): void {
  if (!apiOff) ctx.skip(skipReason());
}

const skipReason = () =>
  `${SWITCH[ext.name]} no longer switches CSS.highlights off in this ${ext.name}: the no-Highlight-API fallback scenarios are skipped`;

describe('without the Highlight API', () => {
  it('runs in a browser where CSS.highlights is really missing', (ctx) => {
    requireApiOff(ctx);
    expect(apiOff).toBe(true);
  });

  it('puts a box over every mention, in our host only, and leaves the page DOM and text as they were', async (ctx) => {
    requireApiOff(ctx);
    const covered = await waitForBoxesOver(page, WORDS);
    expect(covered.boxes).toBe(WORDS.length);
    const { before, now } = await pageSnapshots(page);
    expect(now.html).toBe(before.html);
    expect(now.text).toBe(before.text);
    expect(page.errors()).toEqual([]);
  });

  for (const name of ['Alibaba', 'Shenzhen']) {
    it(`opens the card naming ${name} on hover, and Esc closes it`, async (ctx) => {
      requireApiOff(ctx);
      const card = await hoverText(page, name);
      expect(card.open).toBe(true);
      expect(card.name).toContain(name);
      await page.press('Escape');
      await waitForCardClosed(page);
      await page.mouseMove(2, 2);
    });
  }

  it('takes the mark away with a mention the page removes, and keeps the others', async (ctx) => {
    requireApiOff(ctx);
    await page.evaluate(() => document.getElementById('removable')!.remove());
    const covered = await waitForBoxesOver(
      page,
      WORDS.filter((w) => w !== 'Baidu'),
    );
    expect(covered.boxes).toBe(WORDS.length - 1);
  });
});
