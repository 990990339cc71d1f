/** The toolbar popup and its full-tab view: what the page mentions, comparisons, search, export, a11y. */
import { describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';
import type { PageHandle } from './harness';
import { seriousA11yViolations } from './harness/a11y';
import { getEntity, type City } from '../../src/data/index';
import { badgeText, waitForBadge, waitForCard } from './page-helpers';

/** The Markdown cell a city's population should export to, written out independently of the popup's code. */
function expectedPopulationCell(id: string): string {
  const { population, disputed } = getEntity(id) as City;
  const amount = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 4 }).format(population!.value);
  const note = population!.note ? ` (${population!.note})` : '';
  const dispute = disputed?.find((d) => d.field === 'population');
  const disagree = dispute ? ` [sources disagree: ${dispute.values.map((v) => v.value).join('; ')}]` : '';
  return `${amount} people (${population!.year})${note}${disagree} ([source](${population!.source}))`;
}

const ext = extensionForFile();

const SILICON_VALLEYS = '?compare=city:shenzhen,city:beijing,city:hangzhou';

async function tableOf(page: PageHandle) {
  await page.waitFor(() => document.querySelector('table.compare tbody tr'));
  return page.evaluate(() => {
    const headers = [...document.querySelectorAll('table.compare thead th[scope="col"][data-id]')].map((th) => th.getAttribute('data-id'));
    const row = (field: string) =>
      [...document.querySelectorAll(`table.compare tr[data-field="${field}"] td`)].map((td) => ({
        value: td.querySelector('.value')?.textContent ?? '',
        source: td.querySelector('a.source')?.getAttribute('href') ?? null,
        marked: td.querySelector('.mark')?.textContent ?? null,
        bar: td.querySelector('svg.bar') !== null,
      }));
    return { headers, population: row('population'), gdp: row('gdp') };
  });
}

async function setTheme(theme: 'light' | 'dark' | 'system') {
  await ext.extensionEval(async (value) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    if (value === 'system') await api.storage.sync.remove('setting.theme');
    else await api.storage.sync.set({ 'setting.theme': value });
  }, theme);
}

describe('popup: on this page', () => {
  it('lists the article’s entities under their kinds, with the page’s counts', async () => {
    const article = await ext.openPage('/article.html');
    const tabId = await ext.tabIdOf(article);
    const expected = [
      'city:shenzhen',
      'city:beijing',
      'city:hangzhou',
      'company:alibaba',
      'company:baidu',
      'company:lenovo',
      'policy:made-in-china-2025',
      'policy:internet-plus',
    ];
    // The content script reports once it has scanned; wait for a report that names the entities.
    const report = await ext.extensionEval(
      async (arg) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        for (let i = 0; i < 100; i++) {
          const r = await api.runtime.sendMessage({ type: 'mentions:get', payload: { tabId: arg.tabId } });
          if (r && arg.expected.every((id: string) => r.entities.some((e: any) => e.id === id))) return r;
          await new Promise((res) => setTimeout(res, 100));
        }
        return null;
      },
      { tabId, expected },
    );
    expect(report, 'the content script reported the article’s entities').not.toBeNull();
    const popup = await ext.openPopup(`?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('#mentions')?.getAttribute('data-state') === 'list');
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll('#mentions ul')].map((ul) => ({
        heading: document.getElementById(ul.getAttribute('aria-labelledby')!)?.textContent,
        items: [...ul.querySelectorAll('li')].map((li) => ({ id: li.dataset.id!, count: Number(li.dataset.count) })),
      })),
    );
    const byId = new Map(listed.flatMap((g) => g.items.map((i) => [i.id, { ...i, heading: g.heading }] as const)));
    for (const id of expected) {
      const item = byId.get(id);
      expect(item, id).toBeDefined();
      expect(item!.count).toBe(report.entities.find((e: any) => e.id === id).count);
    }
    expect(byId.get('city:shenzhen')!.heading).toBe('Cities');
    expect(byId.get('company:alibaba')!.heading).toBe('Companies');
    expect(byId.get('policy:internet-plus')!.heading).toBe('Policies');
    expect(await seriousA11yViolations(popup)).toEqual([]);

    // Choosing an entity shows its first mention on the page, card open.
    await popup.click('#mentions li[data-id="company:lenovo"] button.reveal');
    await waitForCard(article, 'Lenovo');
    expect(await popup.evaluate(() => document.querySelector('#mentions .status')!.textContent)).toBe('');
    expect(popup.errors()).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('turns the extension off on the site and back on, in one click each', async () => {
    const page = await ext.openPage('/plain.html');
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openPopup(`?tab=${tabId}`);
    await popup.waitFor(() => ['list', 'empty'].includes(document.querySelector('#mentions')?.getAttribute('data-state') ?? ''));
    await popup.click('#mentions > button.quiet');
    await popup.waitFor(() => document.querySelector('#mentions')?.getAttribute('data-state') === 'disabled');
    expect(await popup.evaluate(() => document.querySelector('#mentions .status')!.textContent)).toContain('127.0.0.1');
    const stored = () =>
      ext.extensionEval(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return (await api.storage.sync.get('setting.disabledSites'))['setting.disabledSites'] ?? [];
      });
    expect(await stored()).toEqual(['127.0.0.1']);
    await popup.click('#mentions > button.primary');
    await popup.waitFor(() => !document.querySelector('#mentions > button.primary'));
    expect(await stored()).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('says a page names nothing, though such a page never listens nor reports, and the badge leaves with the old page', async () => {
    const page = await ext.openPage('/article.html');
    const tabId = await ext.tabIdOf(page);
    await waitForBadge(ext, tabId, (text) => /^\d+$/.test(text), 'a count');

    await page.goto(`${ext.serverOrigin}/quiet.html`);
    await ext.clickAction(page);
    const popup = await ext.openPopup(`?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('#mentions')?.getAttribute('data-state'));
    expect(await popup.evaluate(() => document.querySelector('#mentions')!.getAttribute('data-state'))).toBe('empty');
    // The site is known (it can be turned off here) although the page sent nothing.
    expect(await popup.evaluate(() => document.querySelector('#mentions > button.quiet') !== null)).toBe(true);
    expect(await badgeText(ext, tabId)).toBe('');
    // The worker does not watch tabs load, and the quiet page's document never reported: no record
    // of the tab's frames started with it.
    const quietStartedAt = await page.evaluate(() => performance.timeOrigin);
    const quietReports = await ext.extensionEval(
      async ({ id, since }) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const record = (await api.storage.session.get('tabMentions')).tabMentions?.[id];
        return Object.values(record ?? {}).filter((frame: any) => frame.startedAt >= since).length;
      },
      { id: tabId, since: quietStartedAt },
    );
    expect(quietReports, 'the quiet page sent no report').toBe(0);
    await popup.close();
    await page.close();
  });

  it('counts a frame that names something under a page that names nothing, and none of the page before', async () => {
    const page = await ext.openPage('/article.html');
    const tabId = await ext.tabIdOf(page);
    expect(Number(await waitForBadge(ext, tabId, (text) => /^\d+$/.test(text), 'a count'))).toBeGreaterThan(2);

    await page.goto(`${ext.serverOrigin}/quiet-with-frame.html`);
    // The frame's session reports; the badge counts its two entities only, not the test article's.
    await waitForBadge(ext, tabId, (text) => text === '2', 'the frame’s two entities');
    await ext.clickAction(page);
    const popup = await ext.openPopup(`?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('#mentions')?.getAttribute('data-state'));
    expect(await popup.evaluate(() => document.querySelector('#mentions')!.getAttribute('data-state'))).toBe('list');
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll('#mentions li[data-id]')].map((li) => li.getAttribute('data-id')).sort(),
    );
    expect(listed).toEqual(['city:beijing', 'company:baidu']);
    await popup.close();
    await page.close();
  });

  it('counts a page again when the browser brings it back from the back/forward cache', async () => {
    const page = await ext.openPage('/article.html');
    const tabId = await ext.tabIdOf(page);
    const articleBadge = await waitForBadge(ext, tabId, (text) => /^\d+$/.test(text), 'a count');
    await page.goto(`${ext.serverOrigin}/quiet.html`);
    await page.evaluate(() => history.back());
    await page.waitFor(() => location.pathname === '/article.html' && document.readyState === 'complete');
    // Firefox restores the same document (same timeOrigin) from its cache; headless Chromium loads the
    // page again. Either way the badge and the popup must count it.
    await waitForBadge(ext, tabId, (text) => text === articleBadge, 'the article’s count again');
    const report = await ext.extensionEval(
      (id) =>
        ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'mentions:get', payload: { tabId: id } }),
      tabId,
    );
    expect(report.entities.length).toBe(Number(articleBadge));
    await page.close();
  });

  it('says when the page cannot be read', async () => {
    const popup = await ext.openPopup('?tab=999999');
    await popup.waitFor(() => document.querySelector('#mentions')?.getAttribute('data-state'));
    expect(await popup.evaluate(() => document.querySelector('#mentions')!.getAttribute('data-state'))).toBe('unreadable');
    await popup.close();
  });
});

describe('popup: compare', () => {
  it('renders the Silicon Valleys table from the URL with numbers, years and sources', async () => {
    const page = await ext.openPopup(SILICON_VALLEYS);
    const table = await tableOf(page);
    expect(table.headers).toEqual(['city:shenzhen', 'city:beijing', 'city:hangzhou']);
    const names = await page.evaluate(() => [...document.querySelectorAll('table.compare thead th[data-id]')].map((th) => th.textContent));
    expect(names[0]).toContain('Shenzhen');
    expect(names[1]).toContain('Beijing');
    expect(names[2]).toContain('Hangzhou');
    for (const row of [table.population, table.gdp]) {
      expect(row).toHaveLength(3);
      for (const cell of row) {
        expect(cell.value).toMatch(/\d/);
        expect(cell.value).toMatch(/\((19|20)\d\d\)/);
        expect(cell.source).toMatch(/^https:\/\//);
        expect(cell.bar).toBe(true);
      }
      expect(row.filter((c) => c.marked).length).toBeGreaterThanOrEqual(1);
    }
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('ignores unknown ids in the URL with a visible note, and keeps the URL in step', async () => {
    const page = await ext.openPopup('?compare=city:atlantis,city:shenzhen,city:beijing');
    await tableOf(page);
    expect(await page.evaluate(() => document.getElementById('url-note')!.textContent)).toContain('city:atlantis');
    await page.click('#selected li[data-id="city:beijing"] button.remove');
    await page.waitFor(() => !location.search.includes('beijing'));
    expect(new URL(page.url()).search).toBe('?compare=city:shenzhen');
    await page.close();
  });

  it('search finds 阿里巴巴 and "Peking"', async () => {
    const page = await ext.openPopup('?full=1');
    await page.click('#search');
    await page.type('阿里巴巴');
    await page.waitFor(() => document.querySelector('#search-results [role="option"]'));
    expect(await page.evaluate(() => document.querySelector('#search-results [role="option"]')!.getAttribute('data-id'))).toBe(
      'company:alibaba',
    );
    await page.evaluate(() => {
      const input = document.getElementById('search') as HTMLInputElement;
      input.value = '';
      input.dispatchEvent(new Event('input'));
    });
    await page.type('Peking');
    await page.waitFor(() => document.querySelector('#search-results [role="option"]')?.getAttribute('data-id') === 'city:beijing');
    await page.close();
  });

  it('builds a comparison by keyboard alone and exports it as Markdown', async () => {
    const page = await ext.openPopup('?full=1');
    await page.waitFor(() => document.querySelector('#presets button'));
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === 'search')); i++) await page.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.type('Shenzhen');
    await page.waitFor(() => document.getElementById('search')!.getAttribute('aria-activedescendant'));
    await page.press('Enter');
    await page.type('Peking');
    await page.waitFor(() => document.querySelector('#search-results [aria-selected="true"]')?.getAttribute('data-id') === 'city:beijing');
    await page.press('Enter');
    const table = await tableOf(page);
    expect(table.headers).toEqual(['city:shenzhen', 'city:beijing']);
    expect(new URL(page.url()).search).toBe('?compare=city:shenzhen,city:beijing');

    // Tab on to the Markdown button and press it.
    for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.id === 'copy-md')); i++) await page.press('Tab');
    await page.press('Enter');
    const markdown = await page.waitFor(() => (document.getElementById('export-output') as HTMLTextAreaElement).value);
    const lines = markdown.trim().split('\n');
    expect(lines[0]).toBe('| Field | Shenzhen (深圳) | Beijing (北京) |');
    expect(lines[1]).toBe('| --- | --- | --- |');
    expect(lines).toHaveLength(2 + 7); // province, population, GDP, GDP per person, known for, zones, companies
    expect(lines).toContain(`| Population | ${expectedPopulationCell('city:shenzhen')} | ${expectedPopulationCell('city:beijing')} |`);
    expect(await page.evaluate(() => document.getElementById('export-status')!.textContent)).not.toBe('');
    await page.close();
  });
});

describe('popup: accessibility and speed', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious axe violations in the ${theme} theme, as popup and as a full tab`, async () => {
      await setTheme(theme);
      const popup = await ext.openPopup();
      await popup.setViewport(400, 600);
      await popup.waitFor(() => document.querySelector('#mentions')?.getAttribute('data-state'));
      await popup.click('#presets button');
      await popup.waitFor(() => document.querySelector('table.compare'));
      expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(theme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)');
      expect(await seriousA11yViolations(popup)).toEqual([]);
      await popup.close();
      const full = await ext.openPopup(SILICON_VALLEYS);
      await tableOf(full);
      await full.click('#copy-csv');
      await full.waitFor(() => (document.getElementById('export-output') as HTMLTextAreaElement).value);
      expect(await seriousA11yViolations(full)).toEqual([]);
      await full.close();
    });
  }

  it('reports its first paint (measured, not asserted: speed belongs to benchmarks)', async () => {
    await setTheme('system');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await ext.openPopup(SILICON_VALLEYS);
      times.push(await page.waitFor(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0));
      await page.close();
    }
    console.log(`popup first-contentful-paint (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
    expect(Math.min(...times)).toBeGreaterThan(0);
  });
});
