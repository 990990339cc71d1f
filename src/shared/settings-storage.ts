/**
 * Settings in extension storage. `storage.sync` first, so choices follow the user across devices;
 * `storage.local` when sync is unavailable or refuses a write (quota, disabled sync). Only values that
 * differ from the defaults are written, under keys prefixed so nothing else in storage is touched.
 */
import browser from './browser';
import { DEFAULT_SETTINGS, parseSettings, SETTING_KEYS, type ParsedSettings, type SettingKey, type Settings } from './settings';

const PREFIX = 'setting.';
const storageKey = (key: SettingKey) => `${PREFIX}${key}`;

type Area = 'sync' | 'local';

function stripPrefix(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (key.startsWith(PREFIX)) out[key.slice(PREFIX.length)] = value;
  return out;
}

async function readArea(area: Area): Promise<Record<string, unknown>> {
  try {
    return stripPrefix(await browser.storage[area].get(null));
  } catch {
    return {};
  }
}

/** Local values fill in keys sync lacks: they are the ones written while sync refused. */
export async function loadSettings(): Promise<ParsedSettings> {
  const [sync, local] = await Promise.all([readArea('sync'), readArea('local')]);
  const parsed = parseSettings({ ...local, ...sync });
  for (const problem of parsed.problems) console.warn(`China Tech Lens: ${problem}`);
  return parsed;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Writes the values given (removing those equal to the default), sync first, local on failure. */
export async function saveSettings(changes: Partial<Settings>): Promise<Area> {
  const toSet: Record<string, unknown> = {};
  const toRemove: string[] = [];
  for (const key of Object.keys(changes) as SettingKey[]) {
    if (!SETTING_KEYS.includes(key)) continue;
    const value = changes[key];
    if (value === undefined || same(value, DEFAULT_SETTINGS[key])) toRemove.push(storageKey(key));
    else toSet[storageKey(key)] = value;
  }
  try {
    if (toRemove.length) await browser.storage.sync.remove(toRemove);
    if (Object.keys(toSet).length) await browser.storage.sync.set(toSet);
    // A value that once fell back to local must not shadow the newer synced one.
    await browser.storage.local.remove([...toRemove, ...Object.keys(toSet)]);
    return 'sync';
  } catch (error) {
    console.warn('China Tech Lens: sync storage refused the write; keeping settings on this device', error);
    if (toRemove.length) await browser.storage.local.remove(toRemove);
    if (Object.keys(toSet).length) await browser.storage.local.set(toSet);
    return 'local';
  }
}

/** Removes every stored setting from both areas. */
export async function resetSettings(): Promise<void> {
  const keys = SETTING_KEYS.map(storageKey);
  await Promise.allSettled([browser.storage.sync.remove(keys), browser.storage.local.remove(keys)]);
}

/** Calls `listener` with freshly loaded settings whenever any setting changes, in any context. */
export function watchSettings(listener: (parsed: ParsedSettings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    if (!Object.keys(changes).some((key) => key.startsWith(PREFIX))) return;
    void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
