// @vitest-environment happy-dom
/** The options form maps settings to controls and each control's change back to one setting. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({
  default: { i18n: { getMessage: (key: string, sub?: string) => (sub ? `${key}:${sub}` : key) } },
}));
const { changeFrom, fillForm, setUpDelay } = await import('../../src/options/form');
const { DEFAULT_SETTINGS, CARD_DELAY_RANGE } = await import('../../src/shared/settings');

const html = readFileSync(join(import.meta.dirname, '../../src/options/index.html'), 'utf8');
let form: HTMLFormElement;
const input = (selector: string) => form.querySelector<HTMLInputElement>(selector)!;

beforeEach(() => {
  const body = new DOMParser().parseFromString(html.replace(/<link\b[^>]*>|<script\b[^>]*><\/script>/gi, ''), 'text/html').body;
  document.body.replaceChildren(...body.childNodes);
  form = document.querySelector<HTMLFormElement>('#settings')!;
  setUpDelay(form);
});

describe('options form', () => {
  it('shows stored settings in the controls', () => {
    fillForm(form, {
      ...DEFAULT_SETTINGS,
      kinds: { ...DEFAULT_SETTINGS.kinds, zone: false },
      theme: 'dark',
      cardDelayMs: 750,
      badge: false,
    });
    expect(input('input[name="kind"][value="zone"]').checked).toBe(false);
    expect(input('input[name="kind"][value="city"]').checked).toBe(true);
    expect(input('input[name="theme"]:checked').value).toBe('dark');
    expect(input('#cardDelayMs').value).toBe('750');
    expect(input('#cardDelayMs').min).toBe(String(CARD_DELAY_RANGE.min));
    expect(document.querySelector('#cardDelayValue')!.textContent).toBe('optionsDelayValue:750');
    expect(input('#badge').checked).toBe(false);
  });

  it('turns one control change into exactly the setting it edits', () => {
    fillForm(form, DEFAULT_SETTINGS);
    const company = input('input[name="kind"][value="company"]');
    company.checked = false;
    expect(changeFrom(form, company, DEFAULT_SETTINGS)).toEqual({ kinds: { ...DEFAULT_SETTINGS.kinds, company: false } });
    const first = input('input[name="mentionScope"][value="first"]');
    first.checked = true;
    expect(changeFrom(form, first, DEFAULT_SETTINGS)).toEqual({ mentionScope: 'first' });
    const delay = input('#cardDelayMs');
    delay.value = '1200';
    expect(changeFrom(form, delay, DEFAULT_SETTINGS)).toEqual({ cardDelayMs: 1200 });
    expect(changeFrom(form, input('#badge'), DEFAULT_SETTINGS)).toEqual({ badge: true });
  });

  it('gives every control a label and every hint an owner', () => {
    for (const control of document.querySelectorAll<HTMLInputElement>('input:not([type="file"])')) {
      const labelled = control.closest('label') || document.querySelector(`label[for="${control.id}"]`);
      expect(labelled, control.outerHTML).toBeTruthy();
    }
    for (const hint of document.querySelectorAll('.hint[id]')) {
      expect(document.querySelector(`[aria-describedby~="${hint.id}"]`), hint.id).toBeTruthy();
    }
  });
});
