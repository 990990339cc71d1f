/** The theme setting on an extension page: "system" leaves prefers-color-scheme in charge (see the CSS). */
import type { Theme } from '../shared/settings';

export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
}
