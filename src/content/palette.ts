/**
 * Mark colours, one per kind. Each has at least 3.9:1 contrast against both white and black (WCAG
 * non-text contrast needs 3:1), so an underline reads on light and dark pages alike.
 */
import type { Kind } from '../data/schema';

export const KIND_COLOURS: Readonly<Record<Kind, string>> = {
  city: '#1c7ed6',
  zone: '#2b9348',
  company: '#d9480f',
  policy: '#ae3ec9',
  product: '#0c8599',
};

export const KIND_TINTS: Readonly<Record<Kind, string>> = {
  city: 'rgba(28, 126, 214, 0.22)',
  zone: 'rgba(43, 147, 72, 0.22)',
  company: 'rgba(217, 72, 15, 0.2)',
  policy: 'rgba(174, 62, 201, 0.2)',
  product: 'rgba(12, 133, 153, 0.2)',
};

/** A kind's marks, the marks of mentions that carry a fact-check hint (per kind), or the active mention. */
export type HighlightKey = Kind | `claim-${Kind}` | 'active';
export const claimName = (kind: Kind): `claim-${Kind}` => `claim-${kind}`;
export const highlightName = (key: HighlightKey): string => `ctl-${key}`;
