/** Options page: preferences, saved as soon as they change. */
import type { Kind } from '../data/schema';
import { localizeTree, t } from '../shared/i18n';
import { loadSettings, saveSettings } from '../shared/settings-storage';

async function init(): Promise<void> {
  localizeTree(document);
  const { settings } = await loadSettings();
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  for (const box of boxes) box.checked = settings.kinds[box.value as Kind];
  document.getElementById('settings')!.addEventListener('change', async () => {
    const kinds = { ...settings.kinds };
    for (const box of boxes) kinds[box.value as Kind] = box.checked;
    await saveSettings({ kinds });
    document.getElementById('saved')!.textContent = t('optionsSaved');
  });
}

void init();
