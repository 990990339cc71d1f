/**
 * Theme from the settings (system / light / dark). The last choice is cached in localStorage so it
 * applies synchronously before first paint instead of flashing the other theme while storage loads.
 */
import type { Theme } from '../shared/settings';

const CACHE_KEY = 'ctl.theme';

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(CACHE_KEY, theme);
  } catch {
    // Storage off: the theme still applies, just after settings load next time.
  }
}

export function applyCachedTheme(): void {
  try {
    const cached = localStorage.getItem(CACHE_KEY);
    if (cached === 'light' || cached === 'dark') document.documentElement.dataset.theme = cached;
  } catch {
    // ignore
  }
}
