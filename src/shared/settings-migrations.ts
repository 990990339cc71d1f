/**
 * Stored-settings schema versions and the migrations between them. Pure: each migration maps one
 * storage area's raw contents to the settings values it implies, so it can be tested without storage.
 *
 * Version 2 is the first released layout (one `setting.<key>` item per
 * changed preference, plus `settingsVersion`). Version 1 is the prototype's layout, which only ever
 * ran on developer machines: a global `enabled` switch, `highlight`, `hoverDelay` and `blockedSites`
 * at the top level. Its migration keeps this path tested for the next schema change.
 */
import { CARD_DELAY_RANGE, DEFAULT_SETTINGS, type SettingKey } from './settings';

export const SETTINGS_VERSION = 2;
/** Storage item holding the schema version of the area it is in. */
export const VERSION_KEY = 'settingsVersion';
/** Top-level items of the version 1 prototype. */
export const V1_KEYS = ['enabled', 'highlight', 'hoverDelay', 'blockedSites'] as const;

type Raw = Readonly<Record<string, unknown>>;

/** The schema version an area was written with; an area without a marker is current unless it holds v1 items. */
export function storedVersion(area: Raw): number {
  const marked = area[VERSION_KEY];
  if (typeof marked === 'number' && Number.isInteger(marked) && marked >= 1) return marked;
  return V1_KEYS.some((key) => Object.hasOwn(area, key)) ? 1 : SETTINGS_VERSION;
}

export interface Migration {
  readonly from: number;
  /** Settings values (unvalidated: parseSettings checks them like any stored value) and items to delete. */
  apply(area: Raw): { readonly values: Partial<Record<SettingKey, unknown>>; readonly remove: readonly string[] };
}

const clampDelay = (ms: number) => Math.min(CARD_DELAY_RANGE.max, Math.max(CARD_DELAY_RANGE.min, Math.round(ms)));

const v1ToV2: Migration = {
  from: 1,
  apply(area) {
    const values: Partial<Record<SettingKey, unknown>> = {};
    // v1 had one master switch; "mark nothing" is what it meant, and every kind can be turned back on.
    if (area.enabled === false) {
      values.kinds = Object.fromEntries(Object.keys(DEFAULT_SETTINGS.kinds).map((kind) => [kind, false]));
    }
    if (area.highlight === 'underline' || area.highlight === 'background') values.highlightStyle = area.highlight;
    if (typeof area.hoverDelay === 'number' && Number.isFinite(area.hoverDelay)) {
      values.cardDelayMs = clampDelay(area.hoverDelay);
    }
    if (Object.hasOwn(area, 'blockedSites')) values.disabledSites = area.blockedSites;
    return { values, remove: V1_KEYS };
  },
};

const MIGRATIONS: readonly Migration[] = [v1ToV2];

export interface MigrationResult {
  readonly from: number;
  readonly values: Partial<Record<SettingKey, unknown>>;
  readonly remove: readonly string[];
}

/**
 * Runs every migration from the area's version up to the current one; null when there is nothing to
 * do (already current, or written by a newer version, which this one reads as best it can).
 */
export function migrateArea(area: Raw): MigrationResult | null {
  const from = storedVersion(area);
  if (from >= SETTINGS_VERSION) return null;
  let values: Partial<Record<SettingKey, unknown>> = {};
  const remove = new Set<string>();
  for (const migration of MIGRATIONS) {
    if (migration.from < from) continue;
    const step = migration.apply(area);
    values = { ...values, ...step.values };
    for (const key of step.remove) remove.add(key);
  }
  return { from, values, remove: [...remove] };
}
