/**
 * Where to change the keyboard command. Chrome's shortcut page cannot be a link from a page, but
 * tabs.create may open it; Firefox offers no way to open its shortcut page, so it gets directions.
 * The browser is told by the scheme of the extension's own URLs, not by sniffing the user agent.
 */
import browser from '../shared/browser';
import { t } from '../shared/i18n';

const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';

export const isFirefox = (extensionUrl: string) => extensionUrl.startsWith('moz-extension:');

export async function setUpShortcuts(root: HTMLElement): Promise<void> {
  const current = root.querySelector<HTMLElement>('#shortcut-current')!;
  const open = root.querySelector<HTMLButtonElement>('#open-shortcuts')!;
  const directions = root.querySelector<HTMLElement>('#shortcut-firefox')!;
  const firefox = isFirefox(browser.runtime.getURL('/'));
  open.hidden = firefox;
  directions.hidden = !firefox;
  open.addEventListener('click', () => void browser.tabs.create({ url: CHROME_SHORTCUTS }));

  let keys = '';
  try {
    const commands = (await browser.commands?.getAll()) ?? [];
    keys = commands
      .map((command) => command.shortcut ?? '')
      .filter(Boolean)
      .join(', ');
  } catch {
    // No commands API here: say nothing is set.
  }
  current.textContent = keys ? t('optionsShortcutCurrent', keys) : t('optionsShortcutNone');
}
