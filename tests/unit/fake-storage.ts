/**
 * Browser storage for unit tests: @webext-core/fake-browser's in-memory areas (which fire
 * storage.onChanged like a browser), plus what the product must cope with and the fake lacks: sync's
 * per-item quota, counted in UTF-8 bytes of the key and the JSON value as Chrome counts it, and a
 * switch that makes an area refuse writes (sync turned off, quota spent).
 */
import { fakeBrowser } from '@webext-core/fake-browser';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM. */
const SYNC_BYTES_PER_ITEM = 8192;

type AreaName = 'sync' | 'local';
const bytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;

export interface FakeStorage {
  /** The `storage` namespace to hand to the module under test. */
  readonly storage: typeof fakeBrowser.storage;
  /** Makes an area throw on set and remove (as sync does when the user has it off), or work again. */
  refuse(area: AreaName, refusing: boolean): void;
  /** Everything an area holds. */
  contents(area: AreaName): Promise<Record<string, unknown>>;
}

// The fake is one object per test file; its areas are wrapped once and the switches reset per test.
const refusing = { sync: false, local: false };
for (const name of ['sync', 'local'] as const) {
  const area = fakeBrowser.storage[name];
  const set = area.set.bind(area);
  const remove = area.remove.bind(area);
  area.set = async (items: Record<string, unknown>) => {
    if (refusing[name]) throw new Error(`storage.${name} refused the write`);
    for (const [key, value] of Object.entries(items)) {
      if (name === 'sync' && bytes(key, value) > SYNC_BYTES_PER_ITEM) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded by "${key}"`);
    }
    await set(items);
  };
  area.remove = async (keys: string | string[]) => {
    if (refusing[name]) throw new Error(`storage.${name} refused the write`);
    await remove(keys);
  };
}

/** Empties both areas, drops listeners, lifts the switches. Spy on the areas' methods with vi.spyOn. */
export function fakeStorage(): FakeStorage {
  fakeBrowser.reset();
  refusing.sync = false;
  refusing.local = false;
  return {
    storage: fakeBrowser.storage,
    refuse: (area, on) => {
      refusing[area] = on;
    },
    contents: (area) => fakeBrowser.storage[area].get(null),
  };
}
