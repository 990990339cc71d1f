/** Import validation: a wrong file is named as wrong and changes nothing; export round-trips. */
import { describe, expect, it } from 'vitest';
import { parseSettingsFile, settingsFileName, settingsFileText } from '../../src/options/settings-file';
import { addSite } from '../../src/shared/site-list';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, type Settings } from '../../src/shared/settings';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  kinds: { city: true, zone: false, company: false, policy: true, product: true },
  theme: 'dark',
  cardDelayMs: 900,
  disabledSites: ['example.com', 'news.example.org'],
};
const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'china-tech-lens-settings', settingsVersion: 2, settings, ...extra });

describe('settings files', () => {
  it('round-trips an export', () => {
    expect(parseSettingsFile(settingsFileText(custom))).toEqual({ ok: true, settings: custom });
    expect(settingsFileName(new Date('2026-03-04T10:00:00Z'))).toBe('china-tech-lens-settings-2026-03-04.json');
  });

  it('gives keys the file leaves out their defaults', () => {
    expect(parseSettingsFile(file({ theme: 'light' }))).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
  });

  it.each([
    ['not JSON', '{"format": ', 'notJson'],
    ['empty', '', 'notJson'],
    ['another format', JSON.stringify({ format: 'other', settingsVersion: 2, settings: {} }), 'notSettingsFile'],
    ['a bare array', '[1,2]', 'notSettingsFile'],
    ['settings not an object', file('dark'), 'notSettingsFile'],
    ['no version', JSON.stringify({ format: 'china-tech-lens-settings', settings: {} }), 'notSettingsFile'],
    ['a newer version', file({}, { settingsVersion: 99 }), 'newerVersion'],
  ])('rejects %s', (_name, text, error) => {
    expect(parseSettingsFile(text)).toMatchObject({ ok: false, error });
  });

  it('rejects the whole file over any bad or unknown key, naming them', () => {
    const result = parseSettingsFile(
      file({ theme: 'neon', badge: false, cardDelayMs: 1e9, colour: 'red', disabledSites: ['ok.com', '!!'] }),
    );
    expect(result).toEqual({ ok: false, error: 'badValues', keys: ['theme', 'cardDelayMs', 'colour', 'disabledSites'] });
  });
});

describe('adding a site', () => {
  it('accepts host names and URLs, and explains what it refuses', () => {
    expect(addSite(['b.com'], 'https://A.com/x')).toEqual({ ok: true, sites: ['a.com', 'b.com'], host: 'a.com' });
    expect(addSite([], 'not a host')).toEqual({ ok: false, error: 'invalid' });
    expect(addSite(['a.com'], 'A.COM')).toEqual({ ok: false, error: 'duplicate' });
    const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `s${i}.com`);
    expect(addSite(full, 'new.com')).toEqual({ ok: false, error: 'full' });
  });
});
