/**
 * The settings file people export and import: a small JSON document naming its format and schema
 * version, so a wrong file is recognised as wrong instead of half-applied. Pure (no DOM, no storage).
 */
import { DEFAULT_SETTINGS, isSettingKey, validateSetting, type Settings } from '../shared/settings';
import { SETTINGS_VERSION } from '../shared/settings-migrations';

export const FILE_FORMAT = 'china-tech-lens-settings';
/** Far above any real export (a full off-list is about 130 KB); larger files are not ours. */
export const MAX_FILE_BYTES = 512 * 1024;

export interface SettingsFile {
  readonly format: typeof FILE_FORMAT;
  readonly settingsVersion: number;
  readonly settings: Settings;
}

export function settingsFileText(settings: Settings): string {
  const file: SettingsFile = { format: FILE_FORMAT, settingsVersion: SETTINGS_VERSION, settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const settingsFileName = (date: Date) => `china-tech-lens-settings-${date.toISOString().slice(0, 10)}.json`;

export type ImportError = 'notJson' | 'notSettingsFile' | 'newerVersion' | 'badValues';
export type ImportResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly error: ImportError /** the offending keys, for badValues */; readonly keys?: readonly string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a settings file strictly: unlike stored values, a file can be fixed by its owner, so any
 * unknown or malformed key rejects the whole file and nothing changes. Keys the file leaves out take
 * their defaults (an import replaces the settings).
 */
export function parseSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (!isRecord(data) || data.format !== FILE_FORMAT || !isRecord(data.settings)) {
    return { ok: false, error: 'notSettingsFile' };
  }
  const version = data.settingsVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'notSettingsFile' };
  if (version > SETTINGS_VERSION) return { ok: false, error: 'newerVersion' };
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const bad: string[] = [];
  for (const [key, value] of Object.entries(data.settings)) {
    const verdict = isSettingKey(key) ? validateSetting(key, value) : undefined;
    if (!verdict || verdict.note) bad.push(key);
    else settings[key] = verdict.value;
  }
  if (bad.length) return { ok: false, error: 'badValues', keys: bad };
  return { ok: true, settings: settings as unknown as Settings };
}
