/**
 * One fresh browser for "what the page pays": headless Chromium with one unpacked extension (ours or
 * the empty control), a new profile, the launch flags the e2e harness uses on this machine. It returns
 * only once the browser and the extension's worker have finished starting: a worker that initialises
 * while a measured page loads competes with it for the two cores (the design note measured ~200 ms on a
 * quiet page), so the bench waits `settleMs` and then loads one warm-up page, which starts the worker's
 * detection if the extension has any.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../e2e/browser-paths';

export const VIEWPORT = { width: 1280, height: 900 } as const;

export interface BenchBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  close(): Promise<void>;
}

export async function launchBenchBrowser(extensionDir: string, settleMs: number, warmUpUrl: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ctl-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    await new Promise((done) => setTimeout(done, settleMs));
    const warmUp = await context.newPage();
    await warmUp.goto(warmUpUrl, { waitUntil: 'load' });
    await warmUp.waitForTimeout(2000);
    await warmUp.close();
    // The warm-up's own work (its renderer's exit, the worker's reply and report) ends before measuring.
    await new Promise((done) => setTimeout(done, 1000));
    return { context, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}
