/**
 * Products, the fifth kind: marked in their own colour, a card that says who makes them and links there,
 * a company card that lists its products, comparisons of products, and a switch on the options page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';
import type { PageHandle } from './harness';
import { highlightCounts, hoverText, markedTexts, setSettings, waitForCard, waitForCardClosed, waitForMarks } from './page-helpers';

const ext = extensionForFile();
let page: PageHandle;

beforeAll(async () => {
  await setSettings(ext, { cardDelayMs: 150 });
  page = await ext.openPage('/article-products.html');
  await waitForMarks(page, 15);
});

const card = () =>
  page.evaluate(() => {
    const el = document.querySelector('china-tech-lens')!.shadowRoot!.getElementById('ctl-card')!;
    return {
      kind: el.querySelector('.kind')?.textContent ?? '',
      facts: [...el.querySelectorAll('.fact')].map((f) => [
        f.querySelector('dt')?.textContent ?? '',
        f.querySelector('dd')?.textContent ?? '',
      ]),
      refs: [...el.querySelectorAll('button.ref')].map((b) => b.textContent ?? ''),
    };
  });

describe('products on the page', () => {
  it('marks products in their own highlight, beside the companies', async () => {
    const counts = await highlightCounts(page);
    expect(counts['ctl-product']).toBeGreaterThanOrEqual(10);
    expect(counts['ctl-company']).toBeGreaterThanOrEqual(4);
    expect(await markedTexts(page)).toEqual(expect.arrayContaining(['WeChat', 'WeChat Pay', 'Doubao', 'HarmonyOS']));
  });

  it("opens a product's card: what it is, its maker as a link, its launch year; the maker's card lists its products", async () => {
    await hoverText(page, 'WeChat', 'WeChat');
    const wechat = await card();
    expect(wechat.kind).toBe('Product');
    expect(wechat.facts.map(([label]) => label)).toEqual(expect.arrayContaining(['Made by', 'What it is', 'Launched']));
    expect(wechat.refs).toEqual(['Tencent']);
    // Following the maker's link shows the company in the same card, with its products among its facts.
    await page.evaluate(() =>
      (document.querySelector('china-tech-lens')!.shadowRoot!.querySelector('button.ref') as HTMLButtonElement).click(),
    );
    await waitForCard(page, 'Tencent');
    const tencent = await card();
    expect(tencent.kind).toBe('Company');
    expect(tencent.facts.find(([label]) => label === 'Products')?.[1]).toContain('WeChat');
    await page.press('Escape');
    await waitForCardClosed(page);
    await page.mouseMove(2, 2);
  });

  it('compares two to four products side by side', async () => {
    const popup = await ext.openPopup('?compare=product:wechat,product:qq,product:alipay');
    await popup.waitFor(() => document.querySelectorAll('table.compare thead th[data-id]').length === 3);
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll('table.compare tbody tr')].map((tr) => (tr as HTMLElement).dataset.field),
    );
    expect(rows).toEqual(['owner', 'what', 'launched', 'headline']);
    const caption = await popup.evaluate(() => document.querySelector('table.compare caption')?.textContent ?? '');
    expect(caption).toContain('Products');
    expect(popup.errors()).toEqual([]);
    await popup.close();
  });

  it('stops marking products when the switch is off, and marks them again when it is on', async () => {
    const options = await ext.openOptions();
    await options.waitFor(() => !!document.querySelector('input[name="kind"][value="product"]'));
    expect(await options.evaluate(() => (document.querySelector('input[name="kind"][value="product"]') as HTMLInputElement).checked)).toBe(
      true,
    );
    await options.click('input[name="kind"][value="product"]');
    await page.bringToFront();
    await page.waitFor(() => (CSS as any).highlights.get('ctl-product')?.size === 0);
    expect((await highlightCounts(page))['ctl-company']).toBeGreaterThan(0);
    await options.click('input[name="kind"][value="product"]');
    await page.bringToFront();
    await page.waitFor(() => (CSS as any).highlights.get('ctl-product')?.size >= 10);
    await options.close();
  });
});
