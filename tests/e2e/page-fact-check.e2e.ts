/**
 * Fact-check hints: where the page states a date its sources give otherwise, the entity's card says so in
 * a neutral note with the source, the mention's mark is wavy, the popup lists the hint and jumps to it,
 * and the options switch takes them away. Agreeing statements show nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';
import { hasShared } from '../shared-dir';
import type { PageHandle } from './harness';
import { hoverText, pointOf, setSettings, waitForCard, waitForCardClosed, waitForMarks } from './page-helpers';

const ext = extensionForFile();

beforeAll(async () => {
  await setSettings(ext, { cardDelayMs: 150 });
});

/** The card's fact-check notes as text. */
const notes = (page: PageHandle) =>
  page.evaluate(() =>
    [...(document.querySelector('china-tech-lens')?.shadowRoot?.querySelectorAll('#ctl-card [role="note"]') ?? [])].map((n) => ({
      text: n.textContent ?? '',
      label: n.getAttribute('aria-label'),
      link: (n.querySelector('a') as HTMLAnchorElement | null)?.href ?? '',
      linkText: n.querySelector('a')?.textContent ?? '',
    })),
  );

/** Texts painted as carrying a hint (the ctl-claim-* highlights). */
const claimMarks = (page: PageHandle) =>
  page.evaluate(() => {
    const out: string[] = [];
    (CSS as any).highlights.forEach((set: Set<AbstractRange>, name: string) => {
      if (!name.startsWith('ctl-claim-')) return;
      set.forEach((r) => out.push((r.startContainer as Text).data.slice(r.startOffset, r.endOffset)));
    });
    return out.sort();
  });

async function closeCard(page: PageHandle) {
  await page.press('Escape');
  await waitForCardClosed(page);
  await page.mouseMove(2, 2);
}

describe('fact-check hints on a page with two wrong dates', () => {
  let page: PageHandle;
  beforeAll(async () => {
    page = await ext.openPage('/article-claims.html');
    await waitForMarks(page, 6);
    await page.waitFor(() => {
      let n = 0;
      (CSS as any).highlights.forEach((s: Set<unknown>, name: string) => name.startsWith('ctl-claim-') && (n += s.size));
      return n >= 2;
    });
  });

  it('gives the mentions that carry a contradicted claim a mark of their own', async () => {
    expect(await claimMarks(page)).toEqual(['BYD', 'cross-border e-commerce pilot zone']);
  });

  it("shows the note on BYD's card: what the page says, what the sources say, and the source by its publisher", async () => {
    await hoverText(page, 'BYD');
    const [note, ...more] = await notes(page);
    expect(more).toEqual([]);
    expect(note!.text).toContain('This page: 2003');
    expect(note!.text).toContain('Sources: 1995');
    expect(note!.label).toBe('The page and its sources differ');
    expect(note!.link).toMatch(/^https:\/\//);
    expect(note!.linkText).not.toMatch(/\.(com|org|cn)$/);
    await closeCard(page);
  });

  it("shows the designation's note on the place's card too, and nothing where the page agrees", async () => {
    await hoverText(page, 'Hangzhou', 'Hangzhou', 1);
    expect((await notes(page)).map((n) => n.text).join(' ')).toMatch(/This page: April 2016 · Sources: March 2015/);
    await closeCard(page);
    await hoverText(page, 'Special Economic Zone');
    expect(await notes(page)).toEqual([]);
    await closeCard(page);
  });

  it('lists the hints in the popup, each jumping to its place with the card open', async () => {
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openPopup(`?tab=${tabId}`);
    await popup.waitFor(() => document.querySelectorAll('.claims-section li').length === 2);
    const items = await popup.evaluate(() =>
      [...document.querySelectorAll('.claims-section li')].map((li) => (li as HTMLElement).dataset.id),
    );
    expect(items.sort()).toEqual(['company:byd', 'policy:cross-border-ecommerce-zones']);
    await popup.click('.claims-section li[data-id="company:byd"] button.reveal-claim');
    await waitForCard(page, 'BYD');
    expect((await notes(page)).length).toBe(1);
    await popup.close();
    await closeCard(page);
  });

  it('takes every hint away when the switch is off, and brings them back when it is on', async () => {
    await setSettings(ext, { factCheck: false });
    await page.waitFor(() => {
      let n = 0;
      (CSS as any).highlights.forEach((s: Set<unknown>, name: string) => name.startsWith('ctl-claim-') && (n += s.size));
      return n === 0;
    });
    await hoverText(page, 'BYD');
    expect(await notes(page)).toEqual([]);
    await closeCard(page);
    await setSettings(ext, { factCheck: null });
    await page.waitFor(
      () => {
        let n = 0;
        (CSS as any).highlights.forEach((s: Set<unknown>, name: string) => name.startsWith('ctl-claim-') && (n += s.size));
        return n === 2;
      },
      undefined,
      15_000,
    );
  });
});

describe.skipIf(!hasShared('seed', 'fact-check hints on the seed article'))('the seed article', () => {
  it("flags the cross-border e-commerce date, not the Special Economic Zone's year nor the 13th Five-Year Plan", async () => {
    const page = await ext.openPage('/seed.html');
    await waitForMarks(page, 10);
    // Marks follow the reader: bring the paragraph into view.
    await pointOf(page, 'designated the city');
    await page.waitFor(() => {
      let n = 0;
      (CSS as any).highlights.forEach((s: Set<unknown>, name: string) => name.startsWith('ctl-claim-') && (n += s.size));
      return n >= 1;
    });
    // The seed says "designated the city": the mark goes to the paragraph's "Hangzhou" before it.
    expect(await claimMarks(page)).toEqual(['Hangzhou']);
    const point = await page.evaluate(() => {
      const [range] = (CSS as any).highlights.get('ctl-claim-city') as Set<AbstractRange>;
      const live = document.createRange();
      live.setStart(range!.startContainer, range!.startOffset);
      live.setEnd(range!.endContainer, range!.endOffset);
      (range!.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = live.getClientRects()[0]!;
      return { x: r.left + 4, y: r.top + r.height / 2 };
    });
    await page.mouseMove(point.x, point.y);
    await waitForCard(page, 'Hangzhou');
    expect((await notes(page)).map((n) => n.text).join(' ')).toMatch(/This page: April 2016 · Sources: March 2015/);
    await closeCard(page);
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openPopup(`?tab=${tabId}`);
    await popup.waitFor(() => document.querySelectorAll('.claims-section li').length > 0);
    expect(
      await popup.evaluate(() => [...document.querySelectorAll('.claims-section li')].map((li) => (li as HTMLElement).dataset.id)),
    ).toEqual(['policy:cross-border-ecommerce-zones']);
    await popup.close();
    await page.close();
  });
});
