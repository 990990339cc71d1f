/**
 * Demo step: the Silicon Valleys comparison at popup width, saved as tests/e2e/screenshots/compare.png
 * for the README. `captureCompare` is meant to be called from the demo script (tests/e2e/demo.ts) with
 * its browser; run this file alone (`npx tsx tests/e2e/demo-compare.ts`) to refresh just this picture.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchExtension, type ExtensionBrowser } from './harness';
import { ensureBuilt } from './harness/build';

export const COMPARE_SCREENSHOT = resolve(import.meta.dirname, 'screenshots/compare.png');

export async function captureCompare(ext: ExtensionBrowser, path = COMPARE_SCREENSHOT): Promise<string> {
  mkdirSync(resolve(path, '..'), { recursive: true });
  const page = await ext.openPopup('?compare=city:shenzhen,city:beijing,city:hangzhou');
  await page.setViewport(420, 900);
  await page.waitFor(() => document.querySelector('table.compare tbody tr'));
  // Hide the "ready-made comparisons" tail: the picture is about the table.
  await page.evaluate(() => {
    for (const id of ['presets', 'presets-heading']) document.getElementById(id)!.hidden = true;
  });
  await page.screenshot(path, { fullPage: true });
  await page.close();
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureBuilt(['chrome']);
  const ext = await launchExtension();
  try {
    console.log(`wrote ${await captureCompare(ext)}`);
  } finally {
    await ext.close();
  }
}
