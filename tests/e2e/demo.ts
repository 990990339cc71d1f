/**
 * `npm run demo`: builds the Chromium extension if stale, opens the test article with it in headless
 * Chromium and saves the README's pictures in tests/e2e/screenshots/: page.png (the marked article),
 * card.png (an open card), plus every other registered step (compare.png from ./demo-compare).
 * Each step is a `DemoStep`: add one to DEMO_STEPS to add a picture.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { captureCompare } from './demo-compare';
import { launchExtension, type ExtensionBrowser } from './harness';
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

export const DEMO_STEPS: readonly DemoStep[] = [async (ext) => (await capturePage(ext)).join(', '), (ext) => captureCompare(ext)];

export async function runDemo(steps: readonly DemoStep[] = DEMO_STEPS): Promise<string[]> {
  ensureBuilt(['chrome']);
  const ext = await launchExtension();
  try {
    const written: string[] = [];
    for (const step of steps) written.push(await step(ext));
    return written;
  } finally {
    await ext.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await runDemo()) console.log(`wrote ${file}`);
}
