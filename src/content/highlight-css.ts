/** The page-level ::highlight() rules for the chosen mark style. */
import { KINDS } from '../data/schema';
import type { HighlightStyle } from '../shared/settings';
import { KIND_COLOURS, KIND_TINTS, claimName, highlightName } from './palette';

export function highlightCss(style: HighlightStyle): string {
  const rules = KINDS.flatMap((kind) => {
    const colour = KIND_COLOURS[kind];
    const body =
      style === 'underline'
        ? `text-decoration: underline 2px ${colour};`
        : style === 'background'
          ? `background-color: ${KIND_TINTS[kind]};`
          : '';
    // A mention that carries a fact-check hint: the same colour, a wavy line instead of a straight one.
    const claim =
      style === 'underline'
        ? `text-decoration: underline wavy 1.5px ${colour};`
        : style === 'background'
          ? `background-color: ${KIND_TINTS[kind]}; text-decoration: underline wavy 1.5px ${colour};`
          : '';
    return body ? [`::highlight(${highlightName(kind)}) { ${body} }`, `::highlight(${highlightName(claimName(kind))}) { ${claim} }`] : [];
  });
  // The mention under the pointer (or reached by keyboard) is tinted in every style.
  rules.push(
    `::highlight(${highlightName('active')}) { background-color: rgba(255, 196, 0, 0.35); text-decoration: underline 2px #b35c00; }`,
  );
  return rules.filter(Boolean).join('\n');
}
