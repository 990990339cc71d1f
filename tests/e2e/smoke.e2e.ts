/** The built extension loads and its parts talk to each other. */
import { describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';

const ext = extensionForFile();

describe('the built extension', () => {
  it('runs its content script on a served page, which reports to the service worker', async () => {
    const page = await ext.openPage('/plain.html');
    const tabId = await ext.tabIdOf(page);
    const report = await ext.extensionEval(
      (id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'mentions:get', payload: { tabId: id } }),
      tabId,
    );
    expect(report.url).toBe(page.url());
    await page.close();
  });

  it('answers a message from an extension page', async () => {
    const options = await ext.openOptions();
    const reply = await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'ping', payload: {} }));
    expect(reply).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    await options.close();
  });

  it('renders the popup and options pages without console errors', async () => {
    for (const page of [await ext.openPopup(), await ext.openOptions()]) {
      await page.waitFor(() => document.querySelector('h1')?.textContent?.trim());
      const heading = await page.evaluate(() => document.querySelector('h1')!.textContent);
      expect(heading).toMatch(/China Tech Lens/);
      expect(page.errors()).toEqual([]);
      await page.close();
    }
  });
});
