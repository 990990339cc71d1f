/**
 * Search box as an ARIA combobox with a listbox popup (APG "list autocomplete" pattern): arrows move
 * the active option, Enter picks it, Escape closes the list (or clears the box). The index is built
 * on first focus or keystroke so it costs nothing before first paint.
 */
import { entities, type Entity, type Kind } from '../data/index';
import { t } from '../shared/i18n';
import { h } from '../shared/dom';
import { kindPlural } from './labels';
import { nameNode } from './name-node';
import { buildSearchIndex, type SearchHit, type SearchIndex } from './search';
import type { ViewContext } from './view-context';

export interface EntitySearchOptions {
  readonly input: HTMLInputElement;
  readonly listbox: HTMLUListElement;
  readonly hint: HTMLElement;
  readonly liveCount: HTMLElement;
  readonly ctx: () => ViewContext;
  /** The kind results are limited to (the comparison's kind), if any. */
  readonly kind: () => Kind | undefined;
  readonly exclude: () => ReadonlySet<string>;
  readonly onPick: (entity: Entity) => void;
}

export function mountEntitySearch(o: EntitySearchOptions): { showKindHint(): void } {
  let index: SearchIndex | undefined;
  let hits: SearchHit[] = [];
  let active = -1;
  const ensureIndex = () => (index ??= buildSearchIndex(entities));

  const optionId = (i: number) => `search-option-${i}`;
  const setActive = (i: number) => {
    active = i;
    for (const [j, el] of [...o.listbox.querySelectorAll('[role="option"]')].entries()) el.setAttribute('aria-selected', String(j === i));
    if (i >= 0) {
      o.input.setAttribute('aria-activedescendant', optionId(i));
      document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
    } else o.input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    o.listbox.hidden = true;
    o.input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    o.input.value = '';
    close();
    o.onPick(hit.entity);
  };

  const showKindHint = () => {
    const kind = o.kind();
    o.hint.textContent = kind ? t('popupSearchKindOnly', kindPlural(kind)) : '';
  };
  const update = () => {
    showKindHint();
    const kind = o.kind();
    const query = o.input.value;
    if (!query.trim()) {
      hits = [];
      o.liveCount.textContent = '';
      return close();
    }
    hits = ensureIndex().search(query, { kind, exclude: o.exclude() });
    const ctx = o.ctx();
    o.listbox.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) => {
            const li = h(
              'li',
              { id: optionId(i), role: 'option', 'aria-selected': 'false', 'data-id': hit.entity.id },
              nameNode(ctx.names(hit.entity)),
            );
            if (hit.via) li.append(h('span', { class: 'via' }, ` · ${t('popupAlsoCalled', hit.via)}`));
            li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the box
            li.addEventListener('click', () => pick(i));
            return li;
          })
        : [h('li', { class: 'none', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, t('popupSearchNone'))]),
    );
    o.liveCount.textContent = t('popupSearchResults', String(hits.length));
    o.listbox.hidden = false;
    o.input.setAttribute('aria-expanded', 'true');
    setActive(hits.length ? 0 : -1);
  };

  o.input.addEventListener('focus', ensureIndex, { once: true });
  o.input.addEventListener('input', update);
  o.input.addEventListener('blur', close);
  o.input.addEventListener('keydown', (e) => {
    const open = !o.listbox.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return update();
      if (!hits.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        close();
      } else if (o.input.value) {
        e.preventDefault();
        o.input.value = '';
      }
    }
  });
  return { showKindHint };
}
