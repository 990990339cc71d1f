/** Reading stored preferences: every key validated on its own, nothing malformed ever crashes. */
import { describe, expect, it } from 'vitest';
import {
  CARD_DELAY_RANGE,
  DEFAULT_SETTINGS,
  isSiteDisabled,
  MAX_DISABLED_SITES,
  normalizeHost,
  parseSettings,
} from '../../src/shared/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing, null, arrays and strings', () => {
    for (const raw of [undefined, null, [], 'x', 42, {}]) {
      const parsed = parseSettings(raw);
      expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
      expect(parsed.problems).toEqual([]);
    }
  });

  it('keeps valid values and marks them as stored', () => {
    const parsed = parseSettings({ highlightStyle: 'hover', cardDelayMs: 800, badge: false, nameDisplay: 'zh' });
    expect(parsed.settings).toMatchObject({ highlightStyle: 'hover', cardDelayMs: 800, badge: false, nameDisplay: 'zh' });
    expect([...parsed.stored].sort()).toEqual(['badge', 'cardDelayMs', 'highlightStyle', 'nameDisplay']);
  });

  it.each([
    ['highlightStyle', 'bold'],
    ['highlightStyle', 1],
    ['mentionScope', 'some'],
    ['cardDetail', true],
    ['nameDisplay', 'fr'],
    ['theme', 'DARK'],
    ['badge', 'yes'],
    ['badge', 0],
    ['kinds', 'all'],
    ['kinds', ['city']],
    ['kinds', null],
    ['disabledSites', 'example.com'],
    ['disabledSites', { 0: 'example.com' }],
  ])('a wrong type or value for %s (%j) falls back to the default and says so', (key, value) => {
    const parsed = parseSettings({ [key]: value, badge: key === 'badge' ? value : false });
    expect(parsed.settings[key as keyof typeof DEFAULT_SETTINGS]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
    expect(parsed.problems.join()).toContain(key);
    // The other key survives.
    if (key !== 'badge') expect(parsed.settings.badge).toBe(false);
  });

  it('rejects card delays out of range or not finite, and rounds the rest', () => {
    for (const bad of [CARD_DELAY_RANGE.min - 1, CARD_DELAY_RANGE.max + 1, Number.NaN, Infinity, '500']) {
      expect(parseSettings({ cardDelayMs: bad }).settings.cardDelayMs).toBe(DEFAULT_SETTINGS.cardDelayMs);
    }
    expect(parseSettings({ cardDelayMs: 612.4 }).settings.cardDelayMs).toBe(612);
    expect(parseSettings({ cardDelayMs: CARD_DELAY_RANGE.max }).settings.cardDelayMs).toBe(CARD_DELAY_RANGE.max);
  });

  it('keeps the good kind flags when one is not a boolean', () => {
    const parsed = parseSettings({ kinds: { company: false, zone: 'no', planet: true } });
    expect(parsed.settings.kinds).toEqual({ city: true, zone: true, company: false, policy: true, product: true });
    expect(parsed.problems).toHaveLength(1);
  });

  it('ignores unknown keys without complaint', () => {
    const parsed = parseSettings({ enabledEverywhere: true, __proto__x: 1, theme: 'dark' });
    expect(parsed.settings.theme).toBe('dark');
    expect(parsed.problems).toEqual([]);
    expect([...parsed.stored]).toEqual(['theme']);
  });

  it('normalises the off-list, drops entries that are not hosts but keeps the rest', () => {
    const parsed = parseSettings({ disabledSites: ['Example.COM', 'https://news.example.org/path', 'not a host', 7, 'example.com'] });
    expect(parsed.settings.disabledSites).toEqual(['example.com', 'news.example.org']);
    expect(parsed.problems.join()).toMatch(/2 entries/);
  });

  it('refuses a huge off-list as a whole, keeping the other settings', () => {
    const huge = Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `site${i}.example`);
    const parsed = parseSettings({ disabledSites: huge, theme: 'light' });
    expect(parsed.settings.disabledSites).toEqual([]);
    expect(parsed.settings.theme).toBe('light');
    expect(parsed.problems).toHaveLength(1);
  });
});

describe('site names', () => {
  it('normalises what people type or paste', () => {
    expect(normalizeHost('  WWW.Example.com ')).toBe('www.example.com');
    expect(normalizeHost('https://example.com:8080/a?b')).toBe('example.com');
    expect(normalizeHost('*.example.com')).toBe('example.com');
    expect(normalizeHost('127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeHost('example.com.')).toBe('example.com');
    for (const bad of ['', '   ', 'exa mple.com', '-bad.com', 'http://', 'a'.repeat(64) + '.com']) {
      expect(normalizeHost(bad)).toBeNull();
    }
  });

  it('an off-list entry covers its subdomains but not look-alike hosts', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'News.Example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'notexample.com')).toBe(false);
  });
});
