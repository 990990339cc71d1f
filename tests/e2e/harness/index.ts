/**
 * Entry point for scenarios: `const ext = await launchExtension()` gives a browser with the built
 * extension loaded and a fixture server; E2E_BROWSER picks the driver (default chromium).
 */
import { launchChromium } from './chromium';
import { startFixtureServer } from './server';
import type { BrowserName, Driver, ExtensionBrowser, LaunchOptions, PageHandle } from './types';

export type { BrowserName, ExtensionBrowser, LaunchOptions, PageHandle } from './types';

export const BROWSER: BrowserName = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

async function launchDriver(options: LaunchOptions): Promise<Driver> {
  if (BROWSER === 'firefox') return (await import('./firefox')).launchFirefox(options);
  return launchChromium(options);
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const server = await startFixtureServer();
  let driver: Driver;
  try {
    driver = await launchDriver(options);
  } catch (error) {
    await server.close();
    throw error;
  }
  const openExtensionPage = (path: string) => driver.open(`${driver.extensionOrigin}${path}`);
  /** The web page the scenario opened last: the extension's helper page must not push it to the back. */
  let subject: PageHandle | undefined;
  let control: Promise<PageHandle> | undefined;
  const extensionEval: ExtensionBrowser['extensionEval'] = async (fn, arg) => {
    control ??= openExtensionPage('src/options/index.html').then(async (page) => {
      await subject?.bringToFront().catch(() => undefined);
      return page;
    });
    return (await control).evaluate(fn, arg);
  };

  return {
    name: driver.name,
    extensionId: driver.extensionId,
    serverOrigin: server.origin,
    openPage: async (p) => (subject = await driver.open(p.startsWith('/') ? `${server.origin}${p}` : p)),
    openExtensionPage,
    openPopup: (query = '') => openExtensionPage(`src/popup/index.html${query}`),
    openOptions: () => openExtensionPage('src/options/index.html'),
    clickAction: (page) => driver.clickAction(page),
    extensionEval,
    // Extensions without the "tabs" permission cannot read tab URLs, so find the tab whose content
    // script reported this URL, through the product's own message.
    async tabIdOf(page) {
      const url = page.url();
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const id = await extensionEval(async (u) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          for (const tab of await api.tabs.query({})) {
            const report = await api.runtime.sendMessage({ type: 'mentions:get', payload: { tabId: tab.id } });
            if (report?.url === u) return tab.id as number;
          }
          return null;
        }, url);
        if (id !== null) return id;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no content script answered from ${url}`);
    },
    async close() {
      await driver.close();
      await server.close();
    },
  };
}
