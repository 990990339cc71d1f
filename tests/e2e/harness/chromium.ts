/** The Chromium driver: Debian's chromium via playwright-core, with the built extension loaded unpacked. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../browser-paths';
import { distDir, ensureBuilt } from './build';
import type { Driver, LaunchOptions, PageHandle } from './types';

/** The playwright page behind each handle, for what only the driver can do with it (clickAction). */
const pages = new WeakMap<PageHandle, Page>();

function wrap(page: Page): PageHandle {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  const handle: PageHandle = {
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScript: async (source) => {
      await page.evaluate(`${source}\n;undefined`);
    },
    waitFor: async (fn, arg, timeoutMs = 10_000) =>
      (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 })).jsonValue() as never,
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path, options) => {
      await page.screenshot({ path, fullPage: options?.fullPage ?? false });
    },
    errors: () => errors,
    close: () => page.close(),
  };
  pages.set(handle, page);
  return handle;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Driver> {
  const variant = options.highlightApi === false ? 'no-highlight-api' : 'shipped';
  ensureBuilt(['chrome'], variant);
  const dist = distDir('chrome', variant);
  const profile = mkdtempSync(join(tmpdir(), 'ctl-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.lang,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets the harness click the toolbar button (Extensions.triggerAction) over playwright's pipe.
      '--enable-unsafe-extension-debugging',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    extensionId,
    extensionOrigin: `chrome-extension://${extensionId}/`,
    async open(url) {
      const handle = wrap(await context.newPage());
      await handle.goto(url);
      return handle;
    },
    async clickAction(handle) {
      const page = pages.get(handle);
      if (!page) throw new Error('clickAction: not a page of this browser');
      await page.bringToFront();
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        // Only tab targets take an action; a page's tab is found by its address, which must be unique.
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
        const tabs = targetInfos.filter((t) => t.url === page.url());
        if (tabs.length !== 1) throw new Error(`clickAction: ${tabs.length} tabs show ${page.url()}`);
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
      } finally {
        await cdp.detach();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
