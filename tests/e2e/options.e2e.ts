/**
 * Preferences as a user meets them: changed on the options page, felt at once in open tabs; broken
 * storage and broken files never break the extension; reset asks first; the page passes axe.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';
import type { PageHandle } from './harness';
import { seriousA11yViolations } from './harness/a11y';
import { waitForBadge } from './page-helpers';

const ext = extensionForFile();
const ARTICLE = '/options-article.html';

beforeEach(async () => {
  await ext.extensionEval(async () => {
    const api = (globalThis as any).chrome;
    await Promise.all([api.storage.sync.clear(), api.storage.local.clear()]);
  });
});

/** How many ranges each of the extension's highlights paints, as the page's CSS sees them. */
const marks = (page: PageHandle) =>
  page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of (CSS as any).highlights as Map<string, Set<unknown>>) {
      if (name.startsWith('ctl-') && name !== 'ctl-active') out[name.slice(4)] = highlight.size;
    }
    return out;
  });
/** Script errors on a served page (the fixture server's 404 for /favicon.ico is not ours). */
const scriptErrors = (page: PageHandle) => page.errors().filter((e) => !e.includes('Failed to load resource'));
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

async function openReadyOptions(): Promise<PageHandle> {
  const page = await ext.openOptions();
  await page.waitFor(() => document.body.dataset.ready === 'true');
  return page;
}

const reportedKinds = async (tabId: number) => {
  const report = await ext.extensionEval(
    (id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'mentions:get', payload: { tabId: id } }),
    tabId,
  );
  return new Set<string>((report?.entities ?? []).map((e: { id: string }) => e.id.split(':')[0]));
};

describe('changes reach open tabs without a reload', () => {
  it('unchecking Companies removes company marks from an open tab, checking brings them back', async () => {
    const article = await ext.openPage(ARTICLE);
    const tabId = await ext.tabIdOf(article);
    await eventually(
      () => marks(article),
      (m) => (m.company ?? 0) > 0 && (m.city ?? 0) > 0,
      'company and city marks',
    );
    await eventually(
      () => reportedKinds(tabId),
      (kinds) => kinds.has('company'),
      'a report with companies',
    );

    const options = await openReadyOptions();
    await options.click('input[name="kind"][value="company"]');
    await eventually(
      () => marks(article),
      (m) => (m.company ?? 0) === 0 && (m.city ?? 0) > 0,
      'company marks gone',
    );
    await eventually(
      () => reportedKinds(tabId),
      (kinds) => !kinds.has('company') && kinds.has('city'),
      'report without companies',
    );

    await options.click('input[name="kind"][value="company"]');
    await eventually(
      () => marks(article),
      (m) => (m.company ?? 0) > 0,
      'company marks back',
    );
    expect(scriptErrors(article)).toEqual([]);
    await Promise.all([options.close(), article.close()]);
  });

  it('adding the open site to the off-list removes every mark there; removing it brings them back', async () => {
    const article = await ext.openPage(ARTICLE);
    await eventually(
      () => marks(article),
      (m) => total(m) > 0,
      'marks',
    );
    const options = await openReadyOptions();

    await options.click('#site-input');
    await options.type('not a host!');
    await options.press('Enter');
    const error = await options.evaluate(() => ({
      text: document.querySelector('#site-error')!.textContent,
      invalid: document.querySelector('#site-input')!.getAttribute('aria-invalid'),
    }));
    expect(error.text).toMatch(/host name/);
    expect(error.invalid).toBe('true');

    await options.evaluate(() => {
      (document.querySelector('#site-input') as HTMLInputElement).value = '';
    });
    await options.type(new URL(ext.serverOrigin).hostname);
    await options.press('Enter');
    await options.waitFor(() => document.querySelector('#site-list li .host')?.textContent === '127.0.0.1');
    await eventually(
      () => marks(article),
      (m) => total(m) === 0,
      'no marks on an off-listed site',
    );

    await options.click('#site-list button[data-host="127.0.0.1"]');
    await options.waitFor(() => document.querySelectorAll('#site-list li').length === 0);
    await eventually(
      () => marks(article),
      (m) => total(m) > 0,
      'marks back',
    );
    await Promise.all([options.close(), article.close()]);
  });

  it('turning the badge off clears the count on the toolbar button', async () => {
    const article = await ext.openPage(ARTICLE);
    const tabId = await ext.tabIdOf(article);
    await waitForBadge(ext, tabId, (text) => /^\d+$/.test(text), 'a count');
    const options = await openReadyOptions();
    await options.click('#badge');
    await waitForBadge(ext, tabId, (text) => text === '', 'an empty badge');
    await Promise.all([options.close(), article.close()]);
  });
});

describe('broken storage', () => {
  it('malformed stored values fall back to defaults; intact ones keep their values; pages are still marked', async () => {
    const tooMany = Array.from({ length: 600 }, (_, i) => `s${i}.io`);
    await ext.extensionEval(
      (sites) =>
        (globalThis as any).chrome.storage.sync.set({
          'setting.theme': 'dark',
          'setting.highlightStyle': 'background',
          'setting.badge': 'yes',
          'setting.cardDelayMs': 99999,
          'setting.kinds': 'all of them',
          'setting.disabledSites': sites,
          'setting.nonsense': { a: 1 },
        }),
      tooMany,
    );
    const options = await openReadyOptions();
    const shown = await options.evaluate(() => ({
      theme: (document.querySelector('input[name="theme"]:checked') as HTMLInputElement)?.value,
      style: (document.querySelector('input[name="highlightStyle"]:checked') as HTMLInputElement)?.value,
      badge: (document.querySelector('#badge') as HTMLInputElement).checked,
      delay: (document.querySelector('#cardDelayMs') as HTMLInputElement).value,
      kinds: [...document.querySelectorAll<HTMLInputElement>('input[name="kind"]')].map((box) => box.checked),
      sites: document.querySelectorAll('#site-list li').length,
    }));
    expect(shown).toEqual({
      theme: 'dark',
      style: 'background',
      badge: true,
      delay: '500',
      kinds: [true, true, true, true, true],
      sites: 0,
    });
    expect(options.errors()).toEqual([]);

    const article = await ext.openPage(ARTICLE);
    await eventually(
      () => marks(article),
      (m) => total(m) > 0,
      'marks despite broken settings',
    );
    expect(scriptErrors(article)).toEqual([]);
    await Promise.all([options.close(), article.close()]);
  });
});

/** Puts a file into the import input the way a file picker would. */
const importFile = (page: PageHandle, text: string) =>
  page.evaluate((content) => {
    const input = document.querySelector('#import-file') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'settings.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);

const storedSettings = () =>
  ext.extensionEval(async () => {
    const api = (globalThis as any).chrome;
    return { ...(await api.storage.local.get(null)), ...(await api.storage.sync.get(null)) };
  });

describe('export, import and reset', () => {
  it('a broken file shows an error and changes nothing', async () => {
    const options = await openReadyOptions();
    await options.click('input[name="theme"][value="dark"]');
    await eventually(storedSettings, (s) => s['setting.theme'] === 'dark', 'theme saved');
    const before = await storedSettings();
    for (const broken of ['{ not json', '{"format":"china-tech-lens-settings","settingsVersion":2,"settings":{"theme":"neon"}}']) {
      await importFile(options, broken);
      await options.waitFor(() => document.querySelector('#backup-error')!.textContent!.length > 0);
      expect(await options.evaluate(() => document.querySelector('#backup-error')!.textContent)).toMatch(/Nothing was changed/);
    }
    expect(await storedSettings()).toEqual(before);
    await options.close();
  });

  it('export then import round-trips, through a reset that asks first', async () => {
    const options = await openReadyOptions();
    await options.click('input[name="theme"][value="light"]');
    await options.click('input[name="kind"][value="policy"]');
    await options.click('input[name="nameDisplay"][value="zh"]');
    await eventually(storedSettings, (s) => s['setting.nameDisplay'] === 'zh', 'settings saved');
    const chosen = await storedSettings();

    // Capture the exported file as the download link receives it.
    await options.evaluate(() => {
      const create = URL.createObjectURL.bind(URL);
      (window as any).exported = [];
      URL.createObjectURL = (blob: Blob) => {
        (window as any).exported.push(blob);
        return create(blob);
      };
    });
    await options.click('#export');
    const text = await options.evaluate(() => (window as any).exported[0].text() as Promise<string>);
    expect(JSON.parse(text).settings).toMatchObject({ theme: 'light', nameDisplay: 'zh' });

    // Reset asks in a dialog: Escape keeps everything, confirming resets.
    await options.click('#reset');
    expect(await options.evaluate(() => (document.querySelector('#reset-dialog') as HTMLDialogElement).open)).toBe(true);
    await options.press('Escape');
    await options.waitFor(() => !(document.querySelector('#reset-dialog') as HTMLDialogElement).open);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('reset');
    expect(await storedSettings()).toEqual(chosen);
    await options.click('#reset');
    await options.click('#reset-dialog button[value="reset"]');
    await eventually(storedSettings, (s) => Object.keys(s).every((k) => !k.startsWith('setting.')), 'settings cleared');
    expect(await options.evaluate(() => (document.querySelector('input[name="theme"]:checked') as HTMLInputElement).value)).toBe('system');

    await importFile(options, text);
    await eventually(storedSettings, (s) => s['setting.nameDisplay'] === 'zh', 'imported settings stored');
    expect(await storedSettings()).toEqual(chosen);
    await options.waitFor(() => (document.querySelector('input[name="nameDisplay"]:checked') as HTMLInputElement).value === 'zh');
    expect(options.errors()).toEqual([]);
    await options.close();
  });
});

describe('a long off-list', () => {
  it('too big for one sync item, it is kept on this device and the page says so', async () => {
    const hosts = Array.from({ length: 400 }, (_, i) => `newsroom-${String(i).padStart(3, '0')}.example.org`);
    const file = JSON.stringify({ format: 'china-tech-lens-settings', settingsVersion: 2, settings: { disabledSites: hosts } });
    const options = await openReadyOptions();
    await importFile(options, file);
    await options.waitFor(() => !(document.querySelector('#sites-local-note') as HTMLElement).hidden);
    const stored = await ext.extensionEval(async () => {
      const api = (globalThis as any).chrome;
      return {
        local: ((await api.storage.local.get('setting.disabledSites'))['setting.disabledSites'] ?? []).length,
        sync: (await api.storage.sync.get('setting.disabledSites'))['setting.disabledSites'],
      };
    });
    expect(stored).toEqual({ local: 400, sync: undefined });
    expect(await options.evaluate(() => document.querySelectorAll('#site-list li').length)).toBe(400);
    await options.close();
  });
});

describe('accessibility', () => {
  it('axe finds no serious or critical problems, in light and in dark', async () => {
    const options = await openReadyOptions();
    await options.click('input[name="theme"][value="light"]');
    expect(await seriousA11yViolations(options)).toEqual([]);
    await options.click('input[name="theme"][value="dark"]');
    const background = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    expect(await seriousA11yViolations(options)).toEqual([]);
    await options.close();
  });
});
