/**
 * Browsers without the CSS Custom Highlight API: mentions are marked by boxes in our own shadow root
 * instead, and what a reader notices (marks, cards, Esc, marks leaving with their text) stays the same.
 * Every browser we run has the API and no switch turns it off, so these scenarios load the extension
 * built to paint without it (harness/build.ts, variant 'no-highlight-api').
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';
import type { PageHandle } from './harness';
import { waitForBoxesOver } from './fallback-probes';
import { hoverText, pageSnapshots, waitForCardClosed } from './page-helpers';

/** Every mention on /page-fallback.html, each on one line; Baidu sits in the span the page removes. */
const WORDS = ['Tencent', 'Shenzhen', 'Hong Kong', 'Alibaba', 'Hangzhou', 'Beijing', 'Baidu'];

const ext = extensionForFile({ highlightApi: false });
let page: PageHandle;

beforeAll(async () => {
  page = await ext.openPage('/page-fallback.html');
});

describe('without the Highlight API', () => {
  it('paints with its own boxes and registers no CSS highlight', async () => {
    await waitForBoxesOver(page, WORDS);
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
  });

  it('puts a box over every mention, in our host only, and leaves the page DOM and text as they were', async () => {
    const covered = await waitForBoxesOver(page, WORDS);
    expect(covered.boxes).toBe(WORDS.length);
    const { before, now } = await pageSnapshots(page);
    expect(now.html).toBe(before.html);
    expect(now.text).toBe(before.text);
    expect(page.errors()).toEqual([]);
  });

  for (const name of ['Alibaba', 'Shenzhen']) {
    it(`opens the card naming ${name} on hover, and Esc closes it`, async () => {
      const card = await hoverText(page, name);
      expect(card.open).toBe(true);
      expect(card.name).toContain(name);
      await page.press('Escape');
      await waitForCardClosed(page);
      await page.mouseMove(2, 2);
    });
  }

  it('takes the mark away with a mention the page removes, and keeps the others', async () => {
    await page.evaluate(() => document.getElementById('removable')!.remove());
    const covered = await waitForBoxesOver(
      page,
      WORDS.filter((w) => w !== 'Baidu'),
    );
    expect(covered.boxes).toBe(WORDS.length - 1);
  });
});
