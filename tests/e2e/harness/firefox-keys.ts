/**
 * Playwright-style key chords ("Escape", "Alt+Shift+KeyN", "ControlOrMeta+a") as the modifier list and
 * final key puppeteer presses. The names themselves are the same DOM `key`/`code` names in both.
 */
export interface KeyChord {
  readonly modifiers: readonly string[];
  readonly key: string;
}

const MODIFIER_ALIASES: Readonly<Record<string, string>> = {
  ControlOrMeta: process.platform === 'darwin' ? 'Meta' : 'Control',
  Ctrl: 'Control',
  Option: 'Alt',
  Command: 'Meta',
  Cmd: 'Meta',
};

export function parseChord(chord: string): KeyChord {
  // "+" alone (or a trailing "++") is the plus key, not a separator.
  const parts = chord === '+' ? ['+'] : chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
  const names = parts.map((part) => MODIFIER_ALIASES[part] ?? part);
  const key = names.pop();
  if (!key) throw new Error(`empty key chord: "${chord}"`);
  return { modifiers: names, key };
}
