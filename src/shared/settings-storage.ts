/**
 * Settings in extension storage. `storage.sync` first, so choices follow the user across devices;
 * `storage.local` when sync is unavailable or refuses a write (quota, disabled sync, an item over the
 * per-item limit). Only values that differ from the defaults are written, under keys prefixed so
 * nothing else in storage is touched, and each area carries the schema version it was written with.
 */
import browser from './browser';
import { switchSite, type AddSiteError } from './site-list';
import {
  DEFAULT_SETTINGS,
  isSettingKey,
  parseSettings,
  sameValue,
  SETTING_KEYS,
  validateSetting,
  type ParsedSettings,
  type SettingKey,
  type Settings,
} from './settings';
import { migrateArea, SETTINGS_VERSION, V1_KEYS, VERSION_KEY, type MigrationResult } from './settings-migrations';

const PREFIX = 'setting.';
const storageKey = (key: SettingKey) => `${PREFIX}${key}`;
/** storage.sync's limit for one item (key plus JSON value), the same in Chrome and Firefox. */
export const QUOTA_BYTES_PER_ITEM = 8192;

export type Area = 'sync' | 'local';
type Raw = Record<string, unknown>;

const log = (message: string, detail?: unknown) =>
  detail === undefined ? console.warn(`China Tech Lens: ${message}`) : console.warn(`China Tech Lens: ${message}`, detail);

/** Bytes storage.sync counts for one item. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function stripPrefix(raw: Raw): Raw {
  const out: Raw = {};
  for (const [key, value] of Object.entries(raw)) if (key.startsWith(PREFIX)) out[key.slice(PREFIX.length)] = value;
  return out;
}

async function readRaw(area: Area): Promise<Raw> {
  try {
    return (await browser.storage[area].get(null)) ?? {};
  } catch {
    return {};
  }
}

/** Writes a migrated area back (valid, non-default values only); idempotent, so racing contexts agree. */
async function persistMigration(area: Area, migration: MigrationResult, current: Raw): Promise<void> {
  const toSet: Raw = { [VERSION_KEY]: SETTINGS_VERSION };
  for (const [key, value] of Object.entries(migration.values)) {
    if (!isSettingKey(key) || Object.hasOwn(current, key)) continue;
    const verdict = validateSetting(key, value);
    if (verdict && !sameValue(verdict.value, DEFAULT_SETTINGS[key])) toSet[storageKey(key)] = verdict.value;
  }
  try {
    await browser.storage[area].set(toSet);
    await browser.storage[area].remove([...migration.remove]);
  } catch (error) {
    log(`could not store migrated settings (schema ${migration.from} -> ${SETTINGS_VERSION}); using them unsaved`, error);
  }
}

/** One area's setting values, migrated first when the area holds an older schema. */
async function settingsInArea(area: Area): Promise<Raw> {
  const raw = await readRaw(area);
  const current = stripPrefix(raw);
  const migration = migrateArea(raw);
  if (!migration) return current;
  void persistMigration(area, migration, current);
  return { ...migration.values, ...current };
}

export interface LoadedSettings extends ParsedSettings {
  /** Keys whose value is kept on this device only, because sync refused it. */
  readonly localOnly: ReadonlySet<SettingKey>;
}

/**
 * Reads both areas. Local holds only what sync refused on this device (a successful sync write
 * clears it), so for those keys it is the newer word and wins.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const [sync, local] = await Promise.all([settingsInArea('sync'), settingsInArea('local')]);
  const parsed = parseSettings({ ...sync, ...local });
  for (const problem of parsed.problems) log(problem);
  const localOnly = new Set([...parsed.stored].filter((key) => Object.hasOwn(local, key)));
  return { ...parsed, localOnly };
}

export interface SaveOutcome {
  /** 'local' when at least one value could not go to sync. */
  readonly area: Area;
  /** Keys written to this device only (too big for a sync item, or sync refused the write). */
  readonly localKeys: readonly SettingKey[];
}

/** Writes the values given (removing those equal to the default), sync first, local where sync fails. */
export async function saveSettings(changes: Partial<Settings>): Promise<SaveOutcome> {
  const changed: Raw = {};
  const toDefault: SettingKey[] = [];
  for (const key of Object.keys(changes).filter(isSettingKey)) {
    const value = changes[key];
    if (value === undefined || sameValue(value, DEFAULT_SETTINGS[key])) toDefault.push(key);
    else changed[key] = value;
  }
  const tooBig = Object.keys(changed).filter((key) => itemBytes(storageKey(key as SettingKey), changed[key]) > QUOTA_BYTES_PER_ITEM);
  let localKeys = new Set<string>(tooBig);
  let syncFailed = false;
  try {
    const syncSet = prefixed(changed, (key) => !localKeys.has(key));
    const syncRemove = [...toDefault, ...tooBig].map((key) => storageKey(key as SettingKey));
    if (syncRemove.length) await browser.storage.sync.remove(syncRemove);
    if (Object.keys(syncSet).length) await browser.storage.sync.set({ ...syncSet, [VERSION_KEY]: SETTINGS_VERSION });
  } catch (error) {
    log('sync storage refused the write; keeping these settings on this device', error);
    syncFailed = true;
    localKeys = new Set(Object.keys(changed));
  }
  // A key sync now holds must not be shadowed by an older local copy; when sync could not even clear a
  // value the user set back to default, local stores the default explicitly so the stale copy loses.
  const localSet = prefixed(changed, (key) => localKeys.has(key));
  if (syncFailed) for (const key of toDefault) localSet[storageKey(key)] = DEFAULT_SETTINGS[key];
  const localRemove = [...Object.keys(changed), ...toDefault]
    .map((key) => storageKey(key as SettingKey))
    .filter((key) => !Object.hasOwn(localSet, key));
  if (localRemove.length) await browser.storage.local.remove(localRemove);
  if (Object.keys(localSet).length) await browser.storage.local.set({ ...localSet, [VERSION_KEY]: SETTINGS_VERSION });
  const keys = [...localKeys] as SettingKey[];
  return { area: keys.length ? 'local' : 'sync', localKeys: keys };
}

function prefixed(values: Raw, keep: (key: string) => boolean): Raw {
  const out: Raw = {};
  for (const [key, value] of Object.entries(values)) if (keep(key)) out[storageKey(key as SettingKey)] = value;
  return out;
}

/**
 * Turns the extension off (or back on) for a host, as the popup's "turn off on this site" does, by the
 * off-list's rules (./site-list.ts). Rejects with the rule's reason ('invalid', 'full') when it cannot.
 */
export async function setSiteDisabled(host: string, disabled: boolean): Promise<SaveOutcome> {
  const { settings } = await loadSettings();
  const result = switchSite(settings.disabledSites, host, disabled);
  if (!result.ok) throw new SiteListError(result.error);
  return saveSettings({ disabledSites: result.sites });
}

export class SiteListError extends Error {
  constructor(readonly reason: AddSiteError) {
    super(`the site list refused the change: ${reason}`);
  }
}

/** Removes every stored setting (and the prototype's items) from both areas. */
export async function resetSettings(): Promise<void> {
  const keys = [...SETTING_KEYS.map(storageKey), VERSION_KEY, ...V1_KEYS];
  const results = await Promise.allSettled([browser.storage.sync.remove(keys), browser.storage.local.remove(keys)]);
  if (results.every((r) => r.status === 'rejected')) throw new Error('storage refused to reset the settings');
}

/** Calls `listener` with freshly loaded settings whenever any setting changes, in any context. */
export function watchSettings(listener: (loaded: LoadedSettings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    if (!Object.keys(changes).some((key) => key.startsWith(PREFIX))) return;
    void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
