/** The first migration path: the prototype's (v1) top-level items become today's settings. */
import { describe, expect, it } from 'vitest';
import { CARD_DELAY_RANGE } from '../../src/shared/settings';
import { migrateArea, SETTINGS_VERSION, storedVersion, VERSION_KEY } from '../../src/shared/settings-migrations';

describe('schema versions', () => {
  it('reads an explicit marker, else v1 when prototype items are present, else current', () => {
    expect(storedVersion({ [VERSION_KEY]: 2 })).toBe(2);
    expect(storedVersion({ enabled: false })).toBe(1);
    expect(storedVersion({ 'setting.theme': 'dark' })).toBe(SETTINGS_VERSION);
    expect(storedVersion({})).toBe(SETTINGS_VERSION);
    expect(storedVersion({ [VERSION_KEY]: 'two', hoverDelay: 300 })).toBe(1);
  });

  it('leaves current and newer areas alone', () => {
    expect(migrateArea({ [VERSION_KEY]: SETTINGS_VERSION, enabled: false })).toBeNull();
    expect(migrateArea({ [VERSION_KEY]: SETTINGS_VERSION + 1 })).toBeNull();
    expect(migrateArea({})).toBeNull();
  });
});

describe('v1 -> v2', () => {
  it('turns the master switch off into "mark nothing"', () => {
    const result = migrateArea({ enabled: false })!;
    expect(result.from).toBe(1);
    expect(result.values).toEqual({ kinds: { city: false, zone: false, company: false, policy: false, product: false } });
    expect(result.remove).toEqual(expect.arrayContaining(['enabled', 'highlight', 'hoverDelay', 'blockedSites']));
  });

  it('carries the style, delay (clamped into range) and blocked sites across', () => {
    const result = migrateArea({ enabled: true, highlight: 'background', hoverDelay: 5000, blockedSites: ['example.com'] })!;
    expect(result.values).toEqual({
      highlightStyle: 'background',
      cardDelayMs: CARD_DELAY_RANGE.max,
      disabledSites: ['example.com'],
    });
  });

  it('drops prototype values it cannot read rather than guessing', () => {
    const result = migrateArea({ highlight: 'blink', hoverDelay: 'slow' })!;
    expect(result.values).toEqual({});
  });
});
