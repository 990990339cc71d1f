/** Storage behaviour: only changes are written, sync first, local when sync refuses, migrations persist. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { type FakeStorage, fakeStorage } from './fake-storage';

vi.mock('../../src/shared/browser', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { loadSettings, saveSettings, resetSettings, setSiteDisabled, watchSettings, QUOTA_BYTES_PER_ITEM } = await import(
  '../../src/shared/settings-storage'
);
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

let fake: FakeStorage;
const sync = () => fake.contents('sync');
const local = () => fake.contents('local');

beforeEach(() => {
  vi.restoreAllMocks();
  fake = fakeStorage();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const manyHosts = (n: number) => Array.from({ length: n }, (_, i) => `host-number-${i}.example.org`);

describe('saveSettings', () => {
  it('writes only values that differ from the defaults, to sync, with the schema version', async () => {
    const outcome = await saveSettings({ theme: 'dark', badge: true, cardDelayMs: DEFAULT_SETTINGS.cardDelayMs });
    expect(outcome).toEqual({ area: 'sync', localKeys: [] });
    expect(await sync()).toEqual({ 'setting.theme': 'dark', settingsVersion: 2 });
    expect(await local()).toEqual({});
  });

  it('removes a value set back to its default', async () => {
    await saveSettings({ theme: 'dark' });
    await saveSettings({ theme: 'system' });
    expect((await sync())['setting.theme']).toBeUndefined();
    expect((await loadSettings()).settings.theme).toBe('system');
  });

  it('falls back to local when sync throws, and the local value is what loads', async () => {
    await saveSettings({ theme: 'light' });
    fake.refuse('sync', true);
    const outcome = await saveSettings({ theme: 'dark', mentionScope: 'first' });
    expect(outcome.area).toBe('local');
    expect([...outcome.localKeys].sort()).toEqual(['mentionScope', 'theme']);
    expect(await local()).toMatchObject({ 'setting.theme': 'dark', 'setting.mentionScope': 'first' });
    const loaded = await loadSettings();
    expect(loaded.settings.theme).toBe('dark');
    expect([...loaded.localOnly].sort()).toEqual(['mentionScope', 'theme']);
  });

  it('when sync cannot even clear a value set back to default, local pins the default over the stale copy', async () => {
    await saveSettings({ badge: false });
    fake.refuse('sync', true);
    await saveSettings({ badge: true });
    expect((await loadSettings()).settings.badge).toBe(true);
  });

  it('a later successful sync write clears the local copy', async () => {
    fake.refuse('sync', true);
    await saveSettings({ theme: 'dark' });
    fake.refuse('sync', false);
    await saveSettings({ theme: 'light' });
    expect((await local())['setting.theme']).toBeUndefined();
    expect((await loadSettings()).settings.theme).toBe('light');
  });

  it('keeps an off-list too big for one sync item on this device, never losing it', async () => {
    const hosts = manyHosts(400);
    expect(JSON.stringify(hosts).length).toBeGreaterThan(QUOTA_BYTES_PER_ITEM);
    const outcome = await saveSettings({ disabledSites: hosts, theme: 'dark' });
    expect(outcome.localKeys).toEqual(['disabledSites']);
    expect(await sync()).toMatchObject({ 'setting.theme': 'dark' });
    expect((await sync())['setting.disabledSites']).toBeUndefined();
    const loaded = await loadSettings();
    expect(loaded.settings.disabledSites).toHaveLength(400);
    expect(loaded.localOnly.has('disabledSites')).toBe(true);
  });

  it('ignores keys that are not settings', async () => {
    await saveSettings({ nonsense: 1 } as never);
    expect(await sync()).toEqual({});
  });
});

describe('loadSettings', () => {
  it('keeps intact keys when others are malformed, with a warning per broken key', async () => {
    await fake.storage.sync.set({
      'setting.theme': 'dark',
      'setting.badge': 'maybe',
      'setting.cardDelayMs': -4,
      'setting.unknown': 1,
      unrelated: 'left alone',
    });
    // Too big for a sync item: an off-list this long could only be on this device.
    await fake.storage.local.set({ 'setting.disabledSites': manyHosts(1000) });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(console.warn).toHaveBeenCalledTimes(3);
  });

  it('survives a storage area that throws on read', async () => {
    vi.spyOn(fake.storage.sync, 'get').mockRejectedValue(new Error('no sync'));
    await fake.storage.local.set({ 'setting.theme': 'light' });
    expect((await loadSettings()).settings.theme).toBe('light');
  });

  it('migrates a v1 prototype area and stores the result once, as v2', async () => {
    await fake.storage.sync.set({ enabled: false, hoverDelay: 900, blockedSites: ['Example.com'], other: 1 });
    const loaded = await loadSettings();
    expect(loaded.settings.kinds).toEqual({ city: false, zone: false, company: false, policy: false, product: false });
    expect(loaded.settings.cardDelayMs).toBe(900);
    expect(loaded.settings.disabledSites).toEqual(['example.com']);
    await vi.waitFor(async () => expect((await sync()).settingsVersion).toBe(2));
    expect(await sync()).toEqual({
      other: 1,
      settingsVersion: 2,
      'setting.kinds': { city: false, zone: false, company: false, policy: false, product: false },
      'setting.cardDelayMs': 900,
      'setting.disabledSites': ['example.com'],
    });
    // A second load finds nothing to migrate and reads the same.
    const set = vi.spyOn(fake.storage.sync, 'set');
    expect((await loadSettings()).settings).toEqual(loaded.settings);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('watchSettings', () => {
  it('hands every context the new settings when any of them saves, and stops when told', async () => {
    const seen: string[] = [];
    const stop = watchSettings((loaded) => seen.push(loaded.settings.theme));
    await saveSettings({ theme: 'dark' });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('dark'));
    const heard = seen.length;
    await fake.storage.local.set({ unrelated: 1 });
    stop();
    await saveSettings({ theme: 'light' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(heard);
  });
});

describe('site switches and reset', () => {
  it('turns a site off, covers subdomains, and turning back on lifts the covering entry', async () => {
    await setSiteDisabled('https://example.com/page', true);
    await setSiteDisabled('news.example.com', true);
    expect((await loadSettings()).settings.disabledSites).toEqual(['example.com']);
    await setSiteDisabled('news.example.com', false);
    expect((await loadSettings()).settings.disabledSites).toEqual([]);
  });

  it('reset empties both areas of settings only', async () => {
    await saveSettings({ theme: 'dark' });
    await fake.storage.local.set({ 'setting.badge': false, tabMentions: {} });
    await resetSettings();
    expect(await sync()).toEqual({});
    expect(await local()).toEqual({ tabMentions: {} });
  });
});
