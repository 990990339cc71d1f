/** An article page (tests/e2e/fixtures/article.html): hover cards for what it names, Esc, and the keyboard path. */
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';
import type { PageHandle } from './harness';
import { seriousA11yViolations } from './harness/a11y';
import { cardState, hoverText, openArticle, pointOf, stepMention, waitForCard, waitForCardClosed } from './page-helpers';

const ext = extensionForFile();
let page: PageHandle;

beforeAll(async () => {
  page = await openArticle(ext);
});

const HOVERS: readonly [text: string, name: string][] = [
  ['Shenzhen', 'Shenzhen'],
  ['Beijing', 'Beijing'],
  ['Hangzhou', 'Hangzhou'],
  ['Alibaba', 'Alibaba'],
  ['Baidu', 'Baidu'],
  ['Lenovo', 'Lenovo'],
  ['Made in China 2025', 'Made in China 2025'],
  ['Internet Plus', 'Internet Plus'],
];

describe('hover cards on the test article', () => {
  for (const [text, name] of HOVERS) {
    it(`hovering "${text}" opens a card naming ${name}, and Esc closes it`, async () => {
      const card = await hoverText(page, text, name);
      expect(card.role).toBe('tooltip');
      expect(card.name).toContain(name);
      await page.press('Escape');
      await waitForCardClosed(page);
      await page.mouseMove(2, 2);
    });
  }

  it('keeps the card while the pointer moves onto it, and hides it after the pointer leaves', async () => {
    const card = await hoverText(page, 'Shenzhen');
    await page.mouseMove(card.rect.left + 20, card.rect.top + 10);
    await new Promise((r) => setTimeout(r, 700));
    expect((await cardState(page))!.open).toBe(true);
    await page.mouseMove(2, 2);
    await waitForCardClosed(page);
  });

  it('shows facts with years, sources as links, and no serious accessibility problems', async () => {
    await hoverText(page, 'Shenzhen');
    const details = await page.evaluate(() => {
      const card = document.querySelector('china-tech-lens')!.shadowRoot!.getElementById('ctl-card')!;
      return {
        facts: card.querySelectorAll('.fact').length,
        years: card.querySelectorAll('.year').length,
        links: [...card.querySelectorAll('a')].map((a) => ({ target: a.target, rel: a.rel, https: a.href.startsWith('https://') })),
        compare: !!card.querySelector('button.compare'),
      };
    });
    expect(details.facts).toBeGreaterThanOrEqual(3);
    expect(details.years).toBeGreaterThanOrEqual(1);
    expect(details.links.length).toBeGreaterThan(0);
    for (const link of details.links) expect(link).toEqual({ target: '_blank', rel: 'noopener noreferrer', https: true });
    expect(details.compare).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.press('Escape');
    await waitForCardClosed(page);
    await page.mouseMove(2, 2);
  });
});

describe('keyboard path', () => {
  it('steps through mentions in document order and back, opening each card', async () => {
    await page.close();
    page = await openArticle(ext);
    // The article's title reads "Shenzhen, Beijing and Hangzhou: three ways to build a tech city". Each step's
    // card loads from the worker, so wait for the name we expect rather than read whatever is showing.
    for (const name of ['Shenzhen', 'Beijing', 'Hangzhou']) {
      expect(await stepMention(ext, page, 1)).toBe(true);
      await waitForCard(page, name);
    }
    expect(await stepMention(ext, page, -1)).toBe(true);
    await waitForCard(page, 'Beijing');
    // Esc closes; the page keeps its focus (nothing trapped in our card).
    await page.press('Escape');
    await waitForCardClosed(page);
  });
});

describe('the page itself', () => {
  it('point lookup works (sanity for the helpers)', async () => {
    expect(await pointOf(page, 'Shenzhen')).not.toBeNull();
  });
});
