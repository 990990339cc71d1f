/**
 * `npm run demo`: builds the Chromium extension if stale, opens the test article with it in headless
 * Chromium and saves the README's pictures in tests/e2e/screenshots/: page.png (the marked article),
 * card.png (an open card), plus every other registered step (compare.png from ./demo-compare,
 * fact-check.png from ./demo-fact-check).
 * Each step is a `DemoStep`: add one to DEMO_STEPS to add a picture.
 * Then the store's material in dist/store/ (generated, not committed): the 1280×800 screenshots in
 * English and, from a browser in Chinese, in Chinese (./demo-store), and the promo tile (./demo-promo).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { captureCompare } from './demo-compare';
import { captureFactCheck } from './demo-fact-check';
import { renderPromoTile } from './demo-promo';
import { captureStoreScreenshots, STORE_DIR } from './demo-store';
import { launchExtension, type ExtensionBrowser, type LaunchOptions } from './harness';
import { ensureBuilt } from './harness/build';
import { hoverText, waitForMarks } from './page-helpers';

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

/** One picture: takes the demo browser, returns the file it wrote. */
export type DemoStep = (ext: ExtensionBrowser) => Promise<string>;

/** The test article with its mentions marked, then the card for Shenzhen. */
export async function capturePage(ext: ExtensionBrowser, dir = SCREENSHOTS): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const page = await ext.openPage('/article.html');
  await page.setViewport(1000, 760);
  await waitForMarks(page, 20);
  await page.evaluate(() => window.scrollTo(0, 0));
  const pagePath = resolve(dir, 'page.png');
  await page.screenshot(pagePath);
  await hoverText(page, 'Hangzhou', 'Hangzhou', 1);
  const cardPath = resolve(dir, 'card.png');
  await page.screenshot(cardPath);
  await page.close();
  return [pagePath, cardPath];
}

export const DEMO_STEPS: readonly DemoStep[] = [
  async (ext) => (await capturePage(ext)).join(', '),
  (ext) => captureCompare(ext),
  (ext) => captureFactCheck(ext),
];

async function withBrowser<T>(options: LaunchOptions, use: (ext: ExtensionBrowser) => Promise<T>): Promise<T> {
  const ext = await launchExtension(options);
  try {
    return await use(ext);
  } finally {
    await ext.close();
  }
}

export async function runDemo(steps: readonly DemoStep[] = DEMO_STEPS): Promise<string[]> {
  ensureBuilt(['chrome']);
  const written = await withBrowser({}, async (ext) => {
    const files: string[] = [];
    for (const step of steps) files.push(await step(ext));
    return [...files, ...(await captureStoreScreenshots(ext, 'en'))];
  });
  written.push(...(await withBrowser({ lang: 'zh-CN' }, (ext) => captureStoreScreenshots(ext, 'zh_CN'))));
  mkdirSync(STORE_DIR, { recursive: true });
  written.push(await renderPromoTile(resolve(STORE_DIR, 'promo-440x280.png')));
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await runDemo()) console.log(`wrote ${file}`);
}
