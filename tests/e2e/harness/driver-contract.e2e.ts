/**
 * The harness promise every scenario relies on: each PageHandle method does the same thing in every
 * driver (run with E2E_BROWSER=firefox for the Firefox driver). Scenario failures then mean product
 * differences, not driver gaps.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionForFile } from './for-file';
import type { PageHandle } from './index';

type Seen = { hovered: boolean; clicks: [number, number][]; keys: string[]; buttonClicks: number };

const ext = extensionForFile();
let page: PageHandle;

const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

beforeAll(async () => {
  page = await ext.openPage('/driver-contract.html');
  await page.waitFor(() => 'seen' in window);
});

describe(`the page handle`, () => {
  it('evaluates with an argument and awaits promises', async () => {
    expect(page.url()).toBe(`${ext.serverOrigin}/driver-contract.html`);
    expect(await page.evaluate((n) => Promise.resolve(n * 2), 21)).toBe(42);
    expect(await page.evaluate(() => document.title)).toBe('Driver contract');
  });

  it('adds a script past the page CSP and waits for what it does', async () => {
    await page.addScript('setTimeout(() => { window.addedLater = "yes"; }, 100);');
    expect(await page.waitFor(() => (window as unknown as { addedLater?: string }).addedLater)).toBe('yes');
    await expect(page.waitFor(() => false, undefined, 300)).rejects.toThrow();
  });

  it('moves and clicks the mouse at page coordinates', async () => {
    await page.mouseMove(150, 120);
    await page.waitFor(() => (window as unknown as { seen: Seen }).seen.hovered);
    await page.mouseClick(160, 130);
    expect((await seen()).clicks.at(-1)).toEqual([160, 130]);
    await page.click('#button');
    expect((await seen()).buttonClicks).toBe(1);
  });

  it('types text and presses playwright-style key chords', async () => {
    await page.click('#field');
    await page.type('Shenzhen 深圳');
    expect(await page.evaluate(() => (document.getElementById('field') as HTMLInputElement).value)).toBe('Shenzhen 深圳');
    await page.press('Escape');
    await page.press('Alt+Shift+KeyN');
    await page.press('Tab');
    const keys = (await seen()).keys;
    expect(keys).toContain('Escape Escape false false false');
    expect(keys.some((k) => / KeyN true true false$/.test(k))).toBe(true);
    expect(keys).toContain('Tab Tab false false false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('button');
  });

  it('resizes the viewport and takes screenshots', async () => {
    await page.setViewport(600, 400);
    expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([600, 400]);
    const dir = mkdtempSync(join(tmpdir(), 'ctl-shot-'));
    try {
      await page.screenshot(join(dir, 'view.png'));
      await page.screenshot(join(dir, 'full.png'), { fullPage: true });
      expect(existsSync(join(dir, 'view.png'))).toBe(true);
      expect(statSync(join(dir, 'full.png')).size).toBeGreaterThan(statSync(join(dir, 'view.png')).size / 4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("collects the page's console errors and uncaught errors", async () => {
    await page.addScript('console.error("logged on purpose"); setTimeout(() => { throw new Error("thrown on purpose"); });');
    await new Promise((r) => setTimeout(r, 300));
    expect(page.errors().some((e) => e.includes('logged on purpose'))).toBe(true);
    expect(page.errors().some((e) => e.includes('thrown on purpose'))).toBe(true);
  });

  it('opens extension pages, where extension APIs are available', async () => {
    const options = await ext.openOptions();
    expect(options.url()).toBe(
      `${ext.name === 'firefox' ? 'moz-extension' : 'chrome-extension'}://${ext.extensionId}/src/options/index.html`,
    );
    expect(await options.evaluate(() => typeof (globalThis as any).chrome?.runtime?.sendMessage)).toBe('function');
    await options.evaluate(() => history.replaceState(null, '', '?section=1'));
    expect(options.url()).toMatch(/\/src\/options\/index\.html\?section=1$/);
    // Extension pages report their errors too, or "no console errors" there would prove nothing.
    await options.evaluate(() => {
      console.error('extension page logged on purpose');
      setTimeout(() => {
        throw new Error('extension page threw on purpose');
      });
    });
    await options.waitFor(() => new Promise((r) => setTimeout(() => r(true), 200)));
    expect(options.errors().some((e) => e.includes('extension page logged on purpose'))).toBe(true);
    expect(options.errors().some((e) => e.includes('extension page threw on purpose'))).toBe(true);
    await options.close();
  });
});
