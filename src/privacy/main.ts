/**
 * The privacy page (linked from the options page): static text from the catalogues, in the theme the
 * preferences ask for. It reads the preferences only for the theme, and writes nothing.
 */
import '../shared/polyfill';
import { applyTheme } from '../options/theme';
import { localizeTree, uiLanguage } from '../shared/i18n';
import { loadSettings, watchSettings } from '../shared/settings-storage';

async function init(): Promise<void> {
  localizeTree(document);
  document.documentElement.lang = uiLanguage() || 'en';
  applyTheme(document.documentElement, (await loadSettings()).settings.theme);
  watchSettings(({ settings }) => applyTheme(document.documentElement, settings.theme));
  document.body.dataset.ready = 'true';
}

void init();
