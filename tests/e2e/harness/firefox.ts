/**
 * The Firefox driver: Debian's firefox-esr over WebDriver BiDi (puppeteer-core), with the built
 * extension installed as a temporary add-on. A fixed internal UUID makes the extension's own pages
 * addressable (moz-extension://UUID/...).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { firefoxPath } from '../browser-paths';
import { distDir, ensureBuilt } from './build';
import {
  installPageHook,
  PAGE_ERROR_KEY,
  pageFiles,
  takePageErrors,
  watchExtensionScriptErrors,
  type ExtensionScriptErrors,
} from './firefox-extension-errors';
import { parseChord } from './firefox-keys';
import { assertLanguageInstalled } from './firefox-langpack';
import { firefoxPrefs } from './firefox-prefs';
import type { Driver, LaunchOptions, PageHandle } from './types';

const NAVIGATION_TIMEOUT_MS = 15_000;

function geckoIdOf(dist: string): string {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const id: unknown = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || !id) throw new Error(`${dist}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Firefox fires no load event for moz-extension:// pages, so a normal goto would wait forever there:
 * start the navigation without waiting, then wait until the page itself reports the new address and
 * has finished parsing.
 */
async function navigate(page: Page, url: string): Promise<void> {
  if (!url.startsWith('moz-extension:')) {
    await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    return;
  }
  void page.goto(url, { waitUntil: [], timeout: NAVIGATION_TIMEOUT_MS }).catch(() => undefined);
  const deadline = Date.now() + NAVIGATION_TIMEOUT_MS;
  for (;;) {
    const arrived = await page.evaluate((u) => location.href === u && document.readyState !== 'loading', url).catch(() => false); // the old document may go away mid-call
    if (arrived) return;
    if (Date.now() > deadline) throw new Error(`Firefox did not open ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function pressChord(page: Page, chord: string): Promise<void> {
  const { modifiers, key } = parseChord(chord);
  for (const modifier of modifiers) await page.keyboard.down(modifier as KeyInput);
  await page.keyboard.press(key as KeyInput);
  for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier as KeyInput);
}

function wrap(page: Page, scriptErrors: ExtensionScriptErrors): PageHandle {
  const errors: string[] = [];
  // BiDi reports no navigation events for moz-extension:// documents either, so puppeteer's page.url()
  // stays at about:blank there: remember where the page is.
  let extensionUrl: string | undefined;
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });

  // Extension pages send no events (see ./firefox-extension-errors): their errors and address (which
  // history.replaceState may change) are fetched after every call on the handle, so errors() and url()
  // are current as of the last awaited call.
  const collectExtensionErrors = async () => {
    if (!extensionUrl || page.isClosed()) return;
    const state = await page.evaluate(takePageErrors, PAGE_ERROR_KEY).catch(() => undefined);
    if (!state) return;
    extensionUrl = state.href;
    errors.push(...state.errors);
  };
  const settled = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      await collectExtensionErrors();
    }
  };
  const openExtensionPage = async (url: string) => {
    const before = await scriptErrors.count();
    await navigate(page, url);
    await page.evaluate(installPageHook, PAGE_ERROR_KEY);
    const files = new Set(await page.evaluate(pageFiles));
    for (const { source, message } of await scriptErrors.since(before)) {
      if (files.has(source)) errors.push(`pageerror: ${message}`);
    }
  };

  // Firefox sends input to the tab in front, and runs no animation frames in the others.
  const inFront = async (act: () => Promise<void>) => {
    await page.bringToFront();
    await act();
  };

  return {
    url: () => {
      const reported = page.url();
      return extensionUrl && reported === 'about:blank' ? extensionUrl : reported;
    },
    goto: async (url) => {
      extensionUrl = url.startsWith('moz-extension:') ? url : undefined;
      await (extensionUrl ? openExtensionPage(url) : navigate(page, url));
    },
    evaluate: (fn, arg) => settled(page.evaluate(fn as never, arg) as Promise<never>),
    addScript: async (source) => {
      // BiDi script.evaluate runs as the automation, which the page's CSP does not govern.
      await settled(page.evaluate(`${source}\n;undefined`));
    },
    waitFor: (fn, arg, timeoutMs = 10_000) =>
      settled(
        (async () => {
          const handle = await page.waitForFunction(fn as (a: unknown) => unknown, { timeout: timeoutMs, polling: 50 }, arg);
          return (await handle.jsonValue()) as never;
        })(),
      ),
    bringToFront: () => settled(page.bringToFront()),
    mouseMove: (x, y) => settled(inFront(() => page.mouse.move(x, y))),
    mouseClick: (x, y) => settled(inFront(() => page.mouse.click(x, y))),
    click: (selector) => settled(inFront(() => page.click(selector))),
    press: (key) => settled(inFront(() => pressChord(page, key))),
    type: (text) => settled(inFront(() => page.keyboard.type(text))),
    setViewport: (width, height) => settled(page.setViewport({ width, height })),
    screenshot: async (path, options) => {
      await settled(page.screenshot({ path, fullPage: options?.fullPage ?? false }));
    },
    errors: () => errors,
    close: () => page.close(),
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Driver> {
  const variant = options.highlightApi === false ? 'no-highlight-api' : 'shipped';
  ensureBuilt(['firefox'], variant);
  const dist = distDir('firefox', variant);
  const uuid = randomUUID();
  const executablePath = firefoxPath();
  if (options.lang) assertLanguageInstalled(executablePath, options.lang);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    // Lets BiDi reach privileged documents: evaluate in the popup and options pages (moz-extension://),
    // and read the console service in the browser window (./firefox-extension-errors).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(geckoIdOf(dist), uuid, options),
    defaultViewport: { width: 1280, height: 720 },
  });
  const extensionOrigin = `moz-extension://${uuid}/`;
  let scriptErrors: ExtensionScriptErrors;
  try {
    await browser.installExtension(dist);
    scriptErrors = await watchExtensionScriptErrors(browser, extensionOrigin);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    name: 'firefox',
    extensionId: uuid,
    extensionOrigin,
    async open(url) {
      const handle = wrap(await browser.newPage(), scriptErrors);
      await handle.goto(url);
      return handle;
    },
    // No automation clicks Firefox's toolbar. Nor is it needed: Firefox shows the extension the
    // address of every page its content script may run on (the script's matches are host permissions).
    clickAction: async () => undefined,
    close: () => browser.close(),
  };
}
