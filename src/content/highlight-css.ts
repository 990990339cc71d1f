/** The page-level ::highlight() rules for the chosen mark style. */
import { KINDS } from '../data/schema';
import type { HighlightStyle } from '../shared/settings';
import { KIND_COLOURS, KIND_TINTS, highlightName } from './palette';

export function highlightCss(style: HighlightStyle): string {
  const rules = KINDS.map((kind) => {
    const colour = KIND_COLOURS[kind];
    const body =
      style === 'underline'
        ? `text-decoration: underline 2px ${colour};`
        : style === 'background'
          ? `background-color: ${KIND_TINTS[kind]};`
          : '';
    return body ? `::highlight(${highlightName(kind)}) { ${body} }` : '';
  });
  // The mention under the pointer (or reached by keyboard) is tinted in every style.
  rules.push(`::highlight(${highlightName('active')}) { background-color: rgba(255, 196, 0, 0.35); text-decoration: underline 2px #b35c00; }`);
  return rules.filter(Boolean).join('\n');
}
