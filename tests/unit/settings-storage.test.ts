/** Storage behaviour: only changes are written, sync first, local when sync refuses, migrations persist. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** An in-memory storage area that can be told to refuse writes, with sync's per-item quota. */
function fakeArea(quotaPerItem?: number) {
  const data: Record<string, unknown> = {};
  const area = {
    data,
    failing: false,
    get: vi.fn(async () => structuredClone(data)),
    set: vi.fn(async (items: Record<string, unknown>) => {
      if (area.failing) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [key, value] of Object.entries(items)) {
        if (quotaPerItem && key.length + JSON.stringify(value).length > quotaPerItem) throw new Error('QUOTA_BYTES_PER_ITEM');
      }
      Object.assign(data, structuredClone(items));
    }),
    remove: vi.fn(async (keys: string[]) => {
      if (area.failing) throw new Error('sync is off');
      for (const key of keys) delete data[key];
    }),
  };
  return area;
}

const storage = vi.hoisted(() => ({ sync: null as any, local: null as any, onChanged: { addListener() {}, removeListener() {} } }));
vi.mock('../../src/shared/browser', () => ({ default: { storage } }));

const { loadSettings, saveSettings, resetSettings, setSiteDisabled, QUOTA_BYTES_PER_ITEM } = await import(
  '../../src/shared/settings-storage'
);
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

beforeEach(() => {
  vi.restoreAllMocks();
  storage.sync = fakeArea(8192);
  storage.local = fakeArea();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const manyHosts = (n: number) => Array.from({ length: n }, (_, i) => `host-number-${i}.example.org`);

describe('saveSettings', () => {
  it('writes only values that differ from the defaults, to sync, with the schema version', async () => {
    const outcome = await saveSettings({ theme: 'dark', badge: true, cardDelayMs: DEFAULT_SETTINGS.cardDelayMs });
    expect(outcome).toEqual({ area: 'sync', localKeys: [] });
    expect(storage.sync.data).toEqual({ 'setting.theme': 'dark', settingsVersion: 2 });
    expect(storage.local.data).toEqual({});
  });

  it('removes a value set back to its default', async () => {
    await saveSettings({ theme: 'dark' });
    await saveSettings({ theme: 'system' });
    expect(storage.sync.data['setting.theme']).toBeUndefined();
    expect((await loadSettings()).settings.theme).toBe('system');
  });

  it('falls back to local when sync throws, and the local value is what loads', async () => {
    await saveSettings({ theme: 'light' });
    storage.sync.failing = true;
    const outcome = await saveSettings({ theme: 'dark', mentionScope: 'first' });
    expect(outcome.area).toBe('local');
    expect([...outcome.localKeys].sort()).toEqual(['mentionScope', 'theme']);
    expect(storage.local.data).toMatchObject({ 'setting.theme': 'dark', 'setting.mentionScope': 'first' });
    const loaded = await loadSettings();
    expect(loaded.settings.theme).toBe('dark');
    expect([...loaded.localOnly].sort()).toEqual(['mentionScope', 'theme']);
  });

  it('when sync cannot even clear a value set back to default, local pins the default over the stale copy', async () => {
    await saveSettings({ badge: false });
    storage.sync.failing = true;
    await saveSettings({ badge: true });
    expect((await loadSettings()).settings.badge).toBe(true);
  });

  it('a later successful sync write clears the local copy', async () => {
    storage.sync.failing = true;
    await saveSettings({ theme: 'dark' });
    storage.sync.failing = false;
    await saveSettings({ theme: 'light' });
    expect(storage.local.data['setting.theme']).toBeUndefined();
    expect((await loadSettings()).settings.theme).toBe('light');
  });

  it('keeps an off-list too big for one sync item on this device, never losing it', async () => {
    const hosts = manyHosts(400);
    expect(JSON.stringify(hosts).length).toBeGreaterThan(QUOTA_BYTES_PER_ITEM);
    const outcome = await saveSettings({ disabledSites: hosts, theme: 'dark' });
    expect(outcome.localKeys).toEqual(['disabledSites']);
    expect(storage.sync.data['setting.theme']).toBe('dark');
    expect(storage.sync.data['setting.disabledSites']).toBeUndefined();
    const loaded = await loadSettings();
    expect(loaded.settings.disabledSites).toHaveLength(400);
    expect(loaded.localOnly.has('disabledSites')).toBe(true);
  });

  it('ignores keys that are not settings', async () => {
    await saveSettings({ nonsense: 1 } as never);
    expect(storage.sync.data).toEqual({});
  });
});

describe('loadSettings', () => {
  it('keeps intact keys when others are malformed, with a warning per broken key', async () => {
    storage.sync.data = Object.assign(storage.sync.data, {
      'setting.theme': 'dark',
      'setting.badge': 'maybe',
      'setting.cardDelayMs': -4,
      'setting.disabledSites': manyHosts(1000),
      'setting.unknown': 1,
      unrelated: 'left alone',
    });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(console.warn).toHaveBeenCalledTimes(3);
  });

  it('survives a storage area that throws on read', async () => {
    storage.sync.get = vi.fn(async () => {
      throw new Error('no sync');
    });
    await storage.local.set({ 'setting.theme': 'light' });
    expect((await loadSettings()).settings.theme).toBe('light');
  });

  it('migrates a v1 prototype area and stores the result once, as v2', async () => {
    Object.assign(storage.sync.data, { enabled: false, hoverDelay: 900, blockedSites: ['Example.com'], other: 1 });
    const loaded = await loadSettings();
    expect(loaded.settings.kinds).toEqual({ city: false, zone: false, company: false, policy: false, product: false });
    expect(loaded.settings.cardDelayMs).toBe(900);
    expect(loaded.settings.disabledSites).toEqual(['example.com']);
    await vi.waitFor(() => expect(storage.sync.data.settingsVersion).toBe(2));
    expect(storage.sync.data).toEqual({
      other: 1,
      settingsVersion: 2,
      'setting.kinds': { city: false, zone: false, company: false, policy: false, product: false },
      'setting.cardDelayMs': 900,
      'setting.disabledSites': ['example.com'],
    });
    // A second load finds nothing to migrate and reads the same.
    storage.sync.set.mockClear();
    expect((await loadSettings()).settings).toEqual(loaded.settings);
    expect(storage.sync.set).not.toHaveBeenCalled();
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
    storage.local.data['setting.badge'] = false;
    storage.local.data.tabMentions = {};
    await resetSettings();
    expect(storage.sync.data).toEqual({});
    expect(storage.local.data).toEqual({ tabMentions: {} });
  });
});
