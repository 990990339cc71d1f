/** The preferences form: settings -> controls, and one control's change -> the setting it edits. */
import type { Kind } from '../data/schema';
import { CARD_DELAY_RANGE, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';

const RADIO_KEYS = ['highlightStyle', 'mentionScope', 'cardDetail', 'nameDisplay', 'theme'] as const;
type RadioKey = (typeof RADIO_KEYS)[number];
const isRadioKey = (name: string): name is RadioKey => (RADIO_KEYS as readonly string[]).includes(name);

const inputs = (form: HTMLFormElement, selector: string) => [...form.querySelectorAll<HTMLInputElement>(selector)];

export function setUpDelay(form: HTMLFormElement): void {
  const range = form.elements.namedItem('cardDelayMs') as HTMLInputElement;
  range.min = String(CARD_DELAY_RANGE.min);
  range.max = String(CARD_DELAY_RANGE.max);
  range.step = String(CARD_DELAY_RANGE.step);
  // The value is read live while dragging; it is only saved on release (storage.sync limits writes).
  range.addEventListener('input', () => showDelay(form));
}

function showDelay(form: HTMLFormElement): void {
  const range = form.elements.namedItem('cardDelayMs') as HTMLInputElement;
  const text = t('optionsDelayValue', range.value);
  form.querySelector('#cardDelayValue')!.textContent = text;
  range.setAttribute('aria-valuetext', text);
}

export function fillForm(form: HTMLFormElement, settings: Settings): void {
  for (const box of inputs(form, 'input[name="kind"]')) box.checked = settings.kinds[box.value as Kind];
  for (const key of RADIO_KEYS) {
    for (const radio of inputs(form, `input[name="${key}"]`)) radio.checked = radio.value === settings[key];
  }
  (form.elements.namedItem('cardDelayMs') as HTMLInputElement).value = String(settings.cardDelayMs);
  showDelay(form);
  (form.elements.namedItem('badge') as HTMLInputElement).checked = settings.badge;
  (form.elements.namedItem('factCheck') as HTMLInputElement).checked = settings.factCheck;
}

/** The setting a changed control edits, or null for anything that is not a preference control. */
export function changeFrom(form: HTMLFormElement, control: HTMLInputElement, current: Settings): Partial<Settings> | null {
  const { name } = control;
  if (name === 'kind') {
    const kinds = { ...current.kinds };
    for (const box of inputs(form, 'input[name="kind"]')) kinds[box.value as Kind] = box.checked;
    return { kinds };
  }
  if (isRadioKey(name)) return control.checked ? ({ [name]: control.value } as Partial<Settings>) : null;
  if (name === 'cardDelayMs') return { cardDelayMs: Number(control.value) };
  if (name === 'badge') return { badge: control.checked };
  if (name === 'factCheck') return { factCheck: control.checked };
  return null;
}
