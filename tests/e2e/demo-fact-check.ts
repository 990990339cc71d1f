/**
 * Demo step: a card showing a fact-check note (BYD's founding year as the test page states it against
 * the sources), saved as tests/e2e/screenshots/fact-check.png for the README. The store picture
 * (./demo-store) opens the same card at the store's size.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtensionBrowser, PageHandle } from './harness';
import { hoverText, setSettings, waitForMarks } from './page-helpers';

export const FACT_CHECK_SCREENSHOT = resolve(import.meta.dirname, 'screenshots/fact-check.png');

/** Opens the claims article at the given size with BYD's card and its note showing; the caller closes it. */
export async function openFactCheckCard(ext: ExtensionBrowser, width: number, height: number): Promise<PageHandle> {
  await setSettings(ext, { cardDelayMs: 150 });
  try {
    const page = await ext.openPage('/article-claims.html');
    await page.setViewport(width, height);
    await waitForMarks(page, 6);
    // Claim marks arrive with the claims, after the ordinary marks.
    await page.waitFor(() => {
      let n = 0;
      (CSS as any).highlights.forEach((s: Set<unknown>, name: string) => name.startsWith('ctl-claim-') && (n += s.size));
      return n >= 2;
    });
    await hoverText(page, 'BYD');
    await page.waitFor(() => document.querySelector('china-tech-lens')?.shadowRoot?.querySelector('#ctl-card [role="note"]'));
    return page;
  } finally {
    await setSettings(ext, { cardDelayMs: null });
  }
}

export async function captureFactCheck(ext: ExtensionBrowser, path = FACT_CHECK_SCREENSHOT): Promise<string> {
  mkdirSync(resolve(path, '..'), { recursive: true });
  const page = await openFactCheckCard(ext, 1000, 760);
  await page.screenshot(path);
  await page.close();
  return path;
}
