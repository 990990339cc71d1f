/**
 * Preferences: their schema, defaults, and validation. Defaults live here, in code; storage holds only
 * what the user changed, so a new device never overwrites choices synced from another one.
 * Reading is forgiving per key: a malformed value falls back to its default (with a warning) and
 * never costs the user their other settings.
 */
import * as v from 'valibot';
import { KINDS, type Kind } from '../data/schema';

const HIGHLIGHT_STYLES = ['underline', 'background', 'hover'] as const;
const MENTION_SCOPES = ['all', 'first'] as const;
const CARD_DETAILS = ['compact', 'full'] as const;
const NAME_DISPLAYS = ['en', 'zh', 'both'] as const;
const THEMES = ['system', 'light', 'dark'] as const;
export const CARD_DELAY_RANGE = { min: 150, max: 2000, step: 50 } as const;
export const MAX_DISABLED_SITES = 500;

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Normalises what a user typed or a URL into a host name, or null when it is not one. */
export function normalizeHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    if (!URL.canParse(text)) return null;
    text = new URL(text).hostname;
  }
  text = text.replace(/^\*\./, '').replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return HOST.test(text) ? text : null;
}

const host = v.pipe(v.string(), v.transform(normalizeHost), v.string());
const unique = <T>(list: T[]): T[] => [...new Set(list)];
/** Every kind is shown until the reader turns it off. */
const DEFAULT_KIND_FLAGS: Readonly<Record<Kind, boolean>> = Object.freeze(
  Object.fromEntries(KINDS.map((kind) => [kind, true])) as Record<Kind, boolean>,
);
const plainObject = v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
const kindFlags = <T extends v.GenericSchema<unknown, boolean>>(flag: T) =>
  v.pipe(
    plainObject,
    v.object(Object.fromEntries(KINDS.map((kind) => [kind, v.optional(flag, true)])) as { [K in Kind]: v.OptionalSchema<T, true> }),
  );

/**
 * Each key's schema: the stored value's shape and what it becomes. The types below are inferred from
 * these, so a key cannot be checked one way and typed another.
 */
const schemas = {
  kinds: kindFlags(v.boolean()),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  mentionScope: v.picklist(MENTION_SCOPES),
  /** Dwell time before a card opens, in milliseconds. */
  cardDelayMs: v.pipe(v.number(), v.finite(), v.minValue(CARD_DELAY_RANGE.min), v.maxValue(CARD_DELAY_RANGE.max), v.transform(Math.round)),
  cardDetail: v.picklist(CARD_DETAILS),
  nameDisplay: v.picklist(NAME_DISPLAYS),
  theme: v.picklist(THEMES),
  badge: v.boolean(),
  /** Notes on cards (and quiet marks) where the page states a fact its sources give differently. */
  factCheck: v.boolean(),
  /** Host names where the extension stays off (lowercase, no scheme or port). */
  disabledSites: v.pipe(v.array(host), v.maxLength(MAX_DISABLED_SITES), v.transform(unique)),
};

/**
 * For the collections, what is kept when some items are bad: one bad host in the off-list must not cost
 * the user the rest of the list. The container must still be sound (past the cap the list is not one a
 * person built through the options page, so it is refused whole).
 */
const salvage = {
  kinds: kindFlags(v.fallback(v.boolean(), true)),
  disabledSites: v.pipe(
    v.array(v.unknown()),
    v.maxLength(MAX_DISABLED_SITES),
    v.transform((items) => unique(items.flatMap((item) => (typeof item === 'string' ? (normalizeHost(item) ?? []) : [])))),
  ),
};

export type Settings = { readonly [K in keyof typeof schemas]: Readonly<v.InferOutput<(typeof schemas)[K]>> };
export type SettingKey = keyof Settings;
export type HighlightStyle = Settings['highlightStyle'];
export type MentionScope = Settings['mentionScope'];
export type CardDetail = Settings['cardDetail'];
export type NameDisplay = Settings['nameDisplay'];
export type Theme = Settings['theme'];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  kinds: DEFAULT_KIND_FLAGS,
  highlightStyle: 'underline',
  mentionScope: 'all',
  cardDelayMs: 500,
  cardDetail: 'full',
  nameDisplay: 'both',
  theme: 'system',
  badge: true,
  factCheck: true,
  disabledSites: Object.freeze([]) as readonly string[],
});

export const SETTING_KEYS = Object.keys(schemas) as SettingKey[];

/**
 * A key's check: the value to use, or undefined when the stored value is unusable as a whole.
 * `note` says what was dropped when part of a value was kept.
 */
type Verdict<T> = { readonly value: T; readonly note?: string } | undefined;

type Checks = { readonly [K in SettingKey]: v.GenericSchema<unknown> };
// The schemas seen untyped per key: TypeScript cannot follow a generic key through the mapped type,
// so validateSetting restores the key's type (which the schema's inferred output guarantees).
const strictChecks = schemas as unknown as Checks;
const salvageChecks: Partial<Checks> = salvage;

function check(key: SettingKey, value: unknown): Verdict<unknown> {
  const strict = v.safeParse(strictChecks[key], value);
  if (strict.success) return { value: strict.output };
  const rescue = salvageChecks[key];
  const kept = rescue && v.safeParse(rescue, value);
  if (!kept?.success) return undefined;
  const where = [...new Set(strict.issues.map((issue) => v.getDotPath(issue) ?? '?'))];
  return {
    value: kept.output,
    note: `${where.length} ${where.length === 1 ? 'entry was' : 'entries were'} not valid (${where.join(', ')})`,
  };
}

/** Checks one key's value; undefined when it cannot be used at all. */
export function validateSetting<K extends SettingKey>(key: K, value: unknown): Verdict<Settings[K]> {
  return check(key, value) as Verdict<Settings[K]>;
}

export const isSettingKey = (key: string): key is SettingKey => (SETTING_KEYS as string[]).includes(key);

export interface ParsedSettings {
  readonly settings: Settings;
  /** One line per key that was present but (partly) malformed; a wholly malformed key uses its default. */
  readonly problems: readonly string[];
  /** Keys holding a valid, user-chosen value. */
  readonly stored: ReadonlySet<SettingKey>;
}

/** Validates raw stored values key by key. Unknown keys are ignored, never fatal. */
export function parseSettings(raw: unknown): ParsedSettings {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const stored = new Set<SettingKey>();
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(record, key) || record[key] === undefined) continue;
    const verdict = check(key, record[key]);
    if (verdict === undefined) {
      problems.push(`setting "${key}" is malformed; using the default`);
      continue;
    }
    if (verdict.note) problems.push(`setting "${key}": ${verdict.note}; keeping the rest`);
    settings[key] = verdict.value;
    stored.add(key);
  }
  return { settings: settings as unknown as Settings, problems, stored };
}

/** Whether two setting values are the same (values are plain JSON). */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether a host (or any parent domain of it) is on the off-list. */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
