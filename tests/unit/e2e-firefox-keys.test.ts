/** The Firefox driver presses playwright-style chords; these are the splits it relies on. */
import { describe, expect, it } from 'vitest';
import { parseChord } from '../e2e/harness/firefox-keys';

describe('parseChord', () => {
  it('splits modifiers from the final key', () => {
    expect(parseChord('Escape')).toEqual({ modifiers: [], key: 'Escape' });
    expect(parseChord('Alt+Shift+KeyN')).toEqual({ modifiers: ['Alt', 'Shift'], key: 'KeyN' });
  });

  it('reads the plus key as a key, not a separator', () => {
    expect(parseChord('+')).toEqual({ modifiers: [], key: '+' });
    expect(parseChord('Shift++')).toEqual({ modifiers: ['Shift'], key: '+' });
  });

  it('maps playwright modifier aliases to DOM names', () => {
    const { modifiers } = parseChord('ControlOrMeta+Ctrl+a');
    expect(modifiers[0]).toBe(process.platform === 'darwin' ? 'Meta' : 'Control');
    expect(modifiers[1]).toBe('Control');
  });
});
