/**
 * Options page: preferences saved as soon as they change, and kept in step with changes made
 * elsewhere (the popup, another device) through storage change events.
 */
import '../shared/polyfill';
import { localizeTree, t, uiLanguage } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, resetSettings, saveSettings, watchSettings, type LoadedSettings } from '../shared/settings-storage';
import { setUpBackup } from './backup';
import { changeFrom, fillForm, setUpDelay } from './form';
import { setUpReset } from './reset-dialog';
import { setUpShortcuts } from './shortcuts';
import { createSitesEditor } from './sites-editor';
import { createStatus } from './status';
import { applyTheme } from './theme';

async function init(): Promise<void> {
  localizeTree(document);
  document.documentElement.lang = uiLanguage() || 'en';
  const form = document.querySelector<HTMLFormElement>('#settings')!;
  const announce = createStatus(document.querySelector<HTMLElement>('#status')!);
  let current: Settings = DEFAULT_SETTINGS;
  const sites = createSitesEditor(document.body, (disabledSites) => persist({ disabledSites }), announce);

  const show = ({ settings, localOnly }: Pick<LoadedSettings, 'settings' | 'localOnly'>) => {
    current = settings;
    fillForm(form, settings);
    sites.render(settings.disabledSites, localOnly.has('disabledSites'));
    applyTheme(document.documentElement, settings.theme);
  };

  /** Saves, says where it went, and reports failure instead of pretending. */
  async function persist(changes: Partial<Settings>): Promise<boolean> {
    try {
      const outcome = await saveSettings(changes);
      current = { ...current, ...changes };
      announce(t(outcome.area === 'local' ? 'optionsSavedLocal' : 'optionsSaved'));
      return true;
    } catch (error) {
      console.error('China Tech Lens: could not save settings', error);
      announce(t('optionsSaveFailed'));
      fillForm(form, current);
      return false;
    }
  }

  setUpDelay(form);
  form.addEventListener('change', (event) => {
    const change = changeFrom(form, event.target as HTMLInputElement, current);
    if (!change) return;
    if (change.theme) applyTheme(document.documentElement, change.theme);
    void persist(change);
  });
  setUpBackup(document.body, {
    current: () => current,
    // A full Settings names every key, so saving it replaces everything (defaults leave storage).
    replace: persist,
    announce,
  });
  setUpReset(document.body, async () => {
    try {
      await resetSettings();
      show({ settings: DEFAULT_SETTINGS, localOnly: new Set() });
      announce(t('optionsResetDone'));
    } catch (error) {
      console.error('China Tech Lens: could not reset settings', error);
      announce(t('optionsSaveFailed'));
    }
  });
  void setUpShortcuts(document.body);

  show(await loadSettings());
  watchSettings(show);
  document.body.dataset.ready = 'true';
}

void init();
