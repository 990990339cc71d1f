/**
 * Preferences: their schema, defaults, and validation. Defaults live here, in code; storage holds only
 * what the user changed, so a new device never overwrites choices synced from another one.
 * Reading is forgiving per key: a malformed value falls back to its default (with a warning) and
 * never costs the user their other settings.
 */
import type { Kind } from '../data/schema';

export type HighlightStyle = 'underline' | 'background' | 'hover';
export type MentionScope = 'all' | 'first';
export type CardDetail = 'compact' | 'full';
export type NameDisplay = 'en' | 'zh' | 'both';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  readonly kinds: Readonly<Record<Kind, boolean>>;
  readonly highlightStyle: HighlightStyle;
  readonly mentionScope: MentionScope;
  /** Dwell time before a card opens, in milliseconds. */
  readonly cardDelayMs: number;
  readonly cardDetail: CardDetail;
  readonly nameDisplay: NameDisplay;
  readonly theme: Theme;
  readonly badge: boolean;
  /** Notes on cards (and quiet marks) where the page states a fact its sources give differently. */
  readonly factCheck: boolean;
  /** Host names where the extension stays off (lowercase, no scheme or port). */
  readonly disabledSites: readonly string[];
}
export type SettingKey = keyof Settings;

export const CARD_DELAY_RANGE = { min: 150, max: 2000, step: 50 } as const;
export const MAX_DISABLED_SITES = 500;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  kinds: Object.freeze({ city: true, zone: true, company: true, policy: true, product: true }),
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

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

const oneOf =
  <T extends string>(...allowed: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value);

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Normalises what a user typed or a URL into a host name, or null when it is not one. */
export function normalizeHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = new URL(text).hostname;
  } catch {
    return null;
  }
  text = text.replace(/^\*\./, '').replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return HOST.test(text) ? text : null;
}

/**
 * A key's check: the value to use, or undefined when the stored value is unusable as a whole.
 * `note` says what was dropped when part of a value was kept (one bad host in the off-list must
 * not cost the user the rest of the list).
 */
type Verdict<T> = { readonly value: T; readonly note?: string } | undefined;

const accept = <T>(value: T): Verdict<T> => ({ value });
const enumCheck =
  <T extends string>(...allowed: readonly T[]) =>
  (value: unknown): Verdict<T> =>
    oneOf(...allowed)(value) ? accept(value) : undefined;

/** Each key's check; a value that fails falls back to the default for that key alone. */
const validators: { readonly [K in SettingKey]: (value: unknown) => Verdict<Settings[K]> } = {
  kinds(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const out = { ...DEFAULT_SETTINGS.kinds };
    const bad: string[] = [];
    for (const kind of Object.keys(out) as Kind[]) {
      const flag = (value as Record<string, unknown>)[kind];
      if (flag === undefined) continue;
      if (typeof flag === 'boolean') out[kind] = flag;
      else bad.push(kind);
    }
    return { value: out, note: bad.length ? `kinds ${bad.join(', ')} were not true/false` : undefined };
  },
  highlightStyle: enumCheck<HighlightStyle>('underline', 'background', 'hover'),
  mentionScope: enumCheck<MentionScope>('all', 'first'),
  cardDelayMs: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= CARD_DELAY_RANGE.min && v <= CARD_DELAY_RANGE.max
      ? accept(Math.round(v))
      : undefined,
  cardDetail: enumCheck<CardDetail>('compact', 'full'),
  nameDisplay: enumCheck<NameDisplay>('en', 'zh', 'both'),
  theme: enumCheck<Theme>('system', 'light', 'dark'),
  badge: (v) => (typeof v === 'boolean' ? accept(v) : undefined),
  factCheck: (v) => (typeof v === 'boolean' ? accept(v) : undefined),
  disabledSites(value) {
    // Past the cap the list is not one a person built through the options page: refuse it whole.
    if (!Array.isArray(value) || value.length > MAX_DISABLED_SITES) return undefined;
    const hosts = value.map((v) => (typeof v === 'string' ? normalizeHost(v) : null));
    const kept = [...new Set(hosts.filter((h): h is string => h !== null))];
    const dropped = hosts.length - hosts.filter((h) => h !== null).length;
    return { value: kept, note: dropped ? `${dropped} entries were not host names` : undefined };
  },
};

/** Checks one key's value; undefined when it cannot be used at all. */
export function validateSetting<K extends SettingKey>(key: K, value: unknown): Verdict<Settings[K]> {
  return validators[key](value);
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
    const verdict = validators[key](record[key]);
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
