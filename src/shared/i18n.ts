/**
 * UI strings come from the extension's i18n catalogues (src/locales/<lang>/*.json, merged at build).
 * `MessageKey` is derived from the English fragments, so a typo in a key is a type error.
 */
import type card from '../locales/en/card.json';
import type common from '../locales/en/common.json';
import type options from '../locales/en/options.json';
import type popup from '../locales/en/popup.json';
import type privacy from '../locales/en/privacy.json';
import browser from './browser';

export type MessageKey = keyof typeof common | keyof typeof card | keyof typeof popup | keyof typeof options | keyof typeof privacy;

/** A message lookup, as the UI code receives it (tests pass their own). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Fills every `[data-i18n]` element's text (and `data-i18n-*` attributes) under `root`. */
export function localizeTree(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as MessageKey);
  }
  for (const attr of ['title', 'placeholder', 'aria-label'] as const) {
    const dataKey = `i18n${attr === 'aria-label' ? 'AriaLabel' : attr[0]!.toUpperCase() + attr.slice(1)}`;
    for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) {
      el.setAttribute(attr, t(el.dataset[dataKey] as MessageKey));
    }
  }
}

/** The UI language the browser chose for the extension ("en", "zh-CN"). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
