/**
 * Demo step: the store's small promo tile, 440×280 (Chrome Web Store), drawn from the icon
 * (src/assets/icon.svg, the drawing the toolbar icons are rendered from) with the extension's name,
 * in headless Chromium as `npm run icons` does. Written to dist/store/promo-440x280.png.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './browser-paths';
import { ROOT } from './harness/build';

export const PROMO_SIZE = { width: 440, height: 280 } as const;

export async function renderPromoTile(out: string, name = 'China Tech Lens'): Promise<string> {
  const svg = readFileSync(resolve(ROOT, 'src/assets/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: PROMO_SIZE, deviceScaleFactor: 1 });
    // Static markup of our own (the drawing and the name), set as the page: no data from outside.
    await page.setContent(`<!doctype html><html><body></body></html>`);
    await page.evaluate(
      ({ svg, name, size }) => {
        const body = document.body;
        Object.assign(body.style, {
          margin: '0',
          width: `${size.width}px`,
          height: `${size.height}px`,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          gap: '22px',
          background: 'linear-gradient(135deg, #fff8f0 0%, #f6e7d8 100%)',
          fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
        });
        const icon = document.createElement('img');
        icon.src = `data:image/svg+xml;base64,${btoa(svg)}`;
        icon.width = icon.height = 128;
        const title = document.createElement('div');
        title.textContent = name;
        Object.assign(title.style, { fontSize: '38px', fontWeight: '700', lineHeight: '1.1', color: '#5c0d10', maxWidth: '220px' });
        body.append(icon, title);
        return icon.decode();
      },
      { svg, name, size: PROMO_SIZE },
    );
    await page.screenshot({ path: out, clip: { x: 0, y: 0, ...PROMO_SIZE } });
    return out;
  } finally {
    await browser.close();
  }
}
