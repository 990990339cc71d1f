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
  /** Host names where the extension stays off (lowercase, no scheme or port). */
  readonly disabledSites: readonly string[];
}
export type SettingKey = keyof Settings;

export const CARD_DELAY_RANGE = { min: 150, max: 2000, step: 50 } as const;
export const MAX_DISABLED_SITES = 500;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  kinds: Object.freeze({ city: true, zone: true, company: true, policy: true }),
  highlightStyle: 'underline',
  mentionScope: 'all',
  cardDelayMs: 500,
  cardDetail: 'full',
  nameDisplay: 'both',
  theme: 'system',
  badge: true,
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

/** Each key's check; a value that fails falls back to the default for that key alone. */
const validators: { readonly [K in SettingKey]: (value: unknown) => Settings[K] | undefined } = {
  kinds(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const out = { ...DEFAULT_SETTINGS.kinds };
    for (const kind of Object.keys(out) as Kind[]) {
      const flag = (value as Record<string, unknown>)[kind];
      if (flag === undefined) continue;
      if (typeof flag !== 'boolean') return undefined;
      out[kind] = flag;
    }
    return out;
  },
  highlightStyle: (v) => (oneOf<HighlightStyle>('underline', 'background', 'hover')(v) ? v : undefined),
  mentionScope: (v) => (oneOf<MentionScope>('all', 'first')(v) ? v : undefined),
  cardDelayMs: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= CARD_DELAY_RANGE.min && v <= CARD_DELAY_RANGE.max
      ? Math.round(v)
      : undefined,
  cardDetail: (v) => (oneOf<CardDetail>('compact', 'full')(v) ? v : undefined),
  nameDisplay: (v) => (oneOf<NameDisplay>('en', 'zh', 'both')(v) ? v : undefined),
  theme: (v) => (oneOf<Theme>('system', 'light', 'dark')(v) ? v : undefined),
  badge: (v) => (typeof v === 'boolean' ? v : undefined),
  disabledSites(value) {
    if (!Array.isArray(value) || value.length > MAX_DISABLED_SITES) return undefined;
    const hosts = value.map((v) => (typeof v === 'string' ? normalizeHost(v) : null));
    if (hosts.some((h) => h === null)) return undefined;
    return [...new Set(hosts as string[])];
  },
};

export interface ParsedSettings {
  readonly settings: Settings;
  /** One line per key that was present but malformed (it fell back to its default). */
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
    if (!(key in record) || record[key] === undefined) continue;
    const value = validators[key](record[key]);
    if (value === undefined) {
      problems.push(`setting "${key}" is malformed; using the default`);
    } else {
      settings[key] = value;
      stored.add(key);
    }
  }
  return { settings: settings as unknown as Settings, problems, stored };
}

/** Whether a host (or any parent domain of it) is on the off-list. */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
