/** An entity's name as DOM, the second-language name tagged with its language for screen readers. */
import { h } from '../shared/dom';
import type { NameParts } from '../shared/names';

export function nameNode(parts: NameParts): HTMLSpanElement {
  return h(
    'span',
    { class: 'name' },
    h('span', { lang: parts.primaryLang }, parts.primary),
    parts.secondary ? ' ' : null,
    parts.secondary ? h('span', { class: 'name-secondary', lang: parts.secondaryLang }, parts.secondary) : null,
  );
}
