/**
 * The privacy page: the options page links to it, it loads without errors in the reader's language and
 * theme, names what is stored where, and passes axe in light and in dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser, type PageHandle } from './harness';
import { seriousA11yViolations } from './harness/a11y';
import { setSettings } from './page-helpers';

const PAGE = 'src/privacy/index.html';

async function openReady(ext: ExtensionBrowser): Promise<PageHandle> {
  const page = await ext.openExtensionPage(PAGE);
  await page.waitFor(() => document.body.dataset.ready === 'true');
  return page;
}

describe('in English', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await setSettings(ext, { theme: null }).catch(() => undefined);
    await ext?.close();
  });

  it('is linked from the options page', async () => {
    const options = await ext.openOptions();
    await options.waitFor(() => document.body.dataset.ready === 'true');
    const link = await options.evaluate(() => {
      const a = document.getElementById('privacy-link') as HTMLAnchorElement;
      return { href: a.href, text: a.textContent };
    });
    expect(link.href).toBe(options.url().replace(/src\/options\/index\.html.*$/, PAGE));
    expect(link.text).toMatch(/stores/);
    await options.close();
  });

  it('says what is stored where, and that nothing is sent', async () => {
    const page = await openReady(ext);
    const text = await page.evaluate(() => ({ title: document.title, body: document.body.innerText, lang: document.documentElement.lang }));
    expect(text.title).toBe('China Tech Lens: privacy');
    for (const words of ['storage.sync', 'storage.local', 'storage.session', 'setting.theme', 'settingsVersion', 'no network requests']) {
      expect(text.body).toContain(words);
    }
    expect(text.lang).toMatch(/^en/);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('follows the theme, and axe finds no serious or critical problems in light and in dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await setSettings(ext, { theme });
      const page = await openReady(ext);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('in Chinese', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtension({ lang: 'zh-CN' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('speaks Chinese', async () => {
    const page = await openReady(ext);
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2')].map((h) => h.textContent ?? ''));
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) expect(heading).toMatch(/[\u4e00-\u9fff]/);
    expect(page.errors()).toEqual([]);
    await page.close();
  });
});
