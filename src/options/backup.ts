/** Export to a JSON file (object URL + <a download>) and import from one (<input type=file>). */
import { t, type MessageKey } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { MAX_FILE_BYTES, parseSettingsFile, settingsFileName, settingsFileText, type ImportError } from './settings-file';

const IMPORT_ERRORS: Record<ImportError, MessageKey> = {
  notJson: 'optionsImportNotJson',
  notSettingsFile: 'optionsImportNotSettings',
  newerVersion: 'optionsImportNewer',
  badValues: 'optionsImportBadValues',
};

export interface BackupHooks {
  current(): Settings;
  /** Replaces every setting; resolves false when storage refused. */
  replace(settings: Settings): Promise<boolean>;
  announce(text: string): void;
}

export function setUpBackup(root: HTMLElement, hooks: BackupHooks): void {
  const error = root.querySelector<HTMLElement>('#backup-error')!;
  const file = root.querySelector<HTMLInputElement>('#import-file')!;

  root.querySelector('#export')!.addEventListener('click', () => {
    error.textContent = '';
    const blob = new Blob([settingsFileText(hooks.current())], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = settingsFileName(new Date());
    link.click();
    // The download has started from the click; the URL is only needed until then.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    hooks.announce(t('optionsExported'));
  });

  root.querySelector('#import')!.addEventListener('click', () => file.click());

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    error.textContent = '';
    if (chosen.size > MAX_FILE_BYTES) {
      error.textContent = t('optionsImportTooLarge');
      return;
    }
    const result = parseSettingsFile(await chosen.text());
    if (!result.ok) {
      error.textContent = t(IMPORT_ERRORS[result.error], result.keys?.join(', '));
      return;
    }
    if (await hooks.replace(result.settings)) hooks.announce(t('optionsImported'));
  });
}
