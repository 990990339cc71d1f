/** The off-list editor: add a host with validation and a clear error, remove each, keep focus sensible. */
import { h } from '../shared/dom';
import { t, type MessageKey } from '../shared/i18n';
import { addSite, removeSite, type AddSiteError } from '../shared/site-list';

export interface SitesEditor {
  /** Shows a list (skipped when unchanged, so a focused button survives storage echoes). */
  render(sites: readonly string[], keptLocally: boolean): void;
}

const ERRORS: Record<AddSiteError, MessageKey> = {
  invalid: 'optionsSiteErrorInvalid',
  duplicate: 'optionsSiteErrorDuplicate',
  full: 'optionsSiteErrorFull',
};

export function createSitesEditor(
  root: HTMLElement,
  save: (sites: readonly string[]) => Promise<boolean>,
  announce: (text: string) => void,
): SitesEditor {
  const list = root.querySelector<HTMLUListElement>('#site-list')!;
  const empty = root.querySelector<HTMLElement>('#sites-empty')!;
  const form = root.querySelector<HTMLFormElement>('#site-form')!;
  const input = root.querySelector<HTMLInputElement>('#site-input')!;
  const error = root.querySelector<HTMLElement>('#site-error')!;
  const localNote = root.querySelector<HTMLElement>('#sites-local-note')!;
  let shown: readonly string[] | null = null;

  const showError = (key: MessageKey | null) => {
    error.textContent = key ? t(key) : '';
    if (key) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };

  const item = (host: string): HTMLLIElement =>
    h(
      'li',
      {},
      h('span', { class: 'host' }, host),
      h('button', { type: 'button', 'aria-label': t('optionsSiteRemove', host), 'data-host': host }, t('optionsSiteRemoveShort')),
    );

  function render(sites: readonly string[], keptLocally: boolean): void {
    localNote.hidden = !keptLocally;
    if (shown && shown.length === sites.length && shown.every((s, i) => s === sites[i])) return;
    shown = sites;
    list.replaceChildren(...sites.map(item));
    list.hidden = sites.length === 0;
    empty.hidden = sites.length > 0;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = addSite(shown ?? [], input.value);
    if (!result.ok) {
      showError(ERRORS[result.error]);
      input.focus();
      return;
    }
    showError(null);
    if (!(await save(result.sites))) return;
    input.value = '';
    render(result.sites, !localNote.hidden);
    announce(t('optionsSiteAdded', result.host));
  });
  input.addEventListener('input', () => showError(null));

  list.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-host]');
    if (!button || !shown) return;
    const host = button.dataset.host!;
    const index = shown.indexOf(host);
    const next = removeSite(shown, host);
    if (!(await save(next))) return;
    render(next, !localNote.hidden);
    // Focus goes to the neighbour that took the removed row's place, or back to the field.
    const buttons = list.querySelectorAll<HTMLButtonElement>('button[data-host]');
    (buttons[Math.min(index, buttons.length - 1)] ?? input).focus();
    announce(t('optionsSiteRemoved', host));
  });

  return { render };
}
