/**
 * Renders src/assets/icon.svg to the PNG sizes the manifest lists, with the same headless Chromium the
 * end-to-end tests use, so the icons are reproducible from the one drawing in the repo.
 * Run: npm run icons
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../tests/e2e/browser-paths';

const root = resolve(import.meta.dirname, '../..');
const svg = readFileSync(resolve(root, 'src/assets/icon.svg'), 'utf8');
const SIZES = [16, 32, 48, 128] as const;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="${dataUrl}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(resolve(root, `src/assets/icons/icon-${size}.png`), png);
    console.log(`icon-${size}.png`);
  }
} finally {
  await browser.close();
}
