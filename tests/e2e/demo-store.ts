/**
 * Demo step: the store screenshots, 1280×800 as both stores ask, in one UI language per browser:
 * dist/store/<lang>/1-page.png (a page with its mentions marked), 2-card.png (an open card),
 * 3-compare.png (the comparison), 4-options.png (the options page), 5-fact-check.png (a card with a
 * fact-check note). Their captions are in src/store/listing.md, in the same order. Chinese pictures
 * use a Chinese article and need a Chinese font on the machine (Debian: fonts-noto-cjk).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtensionBrowser, PageHandle } from './harness';
import { ROOT } from './harness/build';
import { openFactCheckCard } from './demo-fact-check';
import { hoverText, waitForMarks } from './page-helpers';

export const STORE_DIR = resolve(ROOT, 'dist/store');
export const STORE_SIZE = { width: 1280, height: 800 } as const;
export type StoreLanguage = 'en' | 'zh_CN';

/** Per language: the article, and a mention on it whose card the pictures show. */
const ARTICLES: Record<StoreLanguage, { path: string; text: string; name: string; nth: number }> = {
  en: { path: '/article.html', text: 'Hangzhou', name: 'Hangzhou', nth: 1 },
  zh_CN: { path: '/article-zh.html', text: '杭州', name: '杭州', nth: 1 },
};

export const CJK_FONT_HINT = 'Chinese store screenshots need a Chinese font: `sudo apt-get install -y fonts-noto-cjk` (Debian/Ubuntu).';

/** Throws the hint when no font on the machine covers Chinese (the pictures would show empty boxes). */
export function assertChineseFont(): void {
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    // No fontconfig: let the browser find what it can.
    return;
  }
  if (!families.trim()) throw new Error(CJK_FONT_HINT);
}

/** A PNG's size from its header, to hold each picture to the size the stores take. */
export function pngSize(path: string): { width: number; height: number } {
  const header = readFileSync(path).subarray(0, 24);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

async function shoot(page: PageHandle, path: string): Promise<string> {
  await page.screenshot(path);
  const size = pngSize(path);
  if (size.width !== STORE_SIZE.width || size.height !== STORE_SIZE.height) {
    throw new Error(`${path} is ${size.width}×${size.height}, not ${STORE_SIZE.width}×${STORE_SIZE.height}`);
  }
  return path;
}

async function open(ext: ExtensionBrowser, path: string, extension = false): Promise<PageHandle> {
  const page = extension ? await ext.openExtensionPage(path) : await ext.openPage(path);
  await page.setViewport(STORE_SIZE.width, STORE_SIZE.height);
  return page;
}

/** The five store pictures in `ext`'s UI language; returns the files written. */
export async function captureStoreScreenshots(
  ext: ExtensionBrowser,
  lang: StoreLanguage,
  dir = resolve(STORE_DIR, lang),
): Promise<string[]> {
  if (lang === 'zh_CN') assertChineseFont();
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const article = ARTICLES[lang];

  const page = await open(ext, article.path);
  await waitForMarks(page, 10);
  await page.evaluate(() => window.scrollTo(0, 0));
  written.push(await shoot(page, resolve(dir, '1-page.png')));
  await hoverText(page, article.text, article.name, article.nth);
  written.push(await shoot(page, resolve(dir, '2-card.png')));
  await page.close();

  const compare = await open(ext, 'src/popup/index.html?compare=city:shenzhen,city:beijing,city:hangzhou', true);
  await compare.waitFor(() => document.querySelector('table.compare tbody tr'));
  written.push(await shoot(compare, resolve(dir, '3-compare.png')));
  await compare.close();

  const options = await open(ext, 'src/options/index.html', true);
  await options.waitFor(() => document.body.dataset.ready === 'true');
  written.push(await shoot(options, resolve(dir, '4-options.png')));
  await options.close();

  // The fact-check note: BYD's founding year as the page states it and as the sources give it.
  const claims = await openFactCheckCard(ext, STORE_SIZE.width, STORE_SIZE.height);
  written.push(await shoot(claims, resolve(dir, '5-fact-check.png')));
  await claims.close();
  return written;
}
