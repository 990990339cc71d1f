/**
 * Paints mentions without touching the page's DOM: the CSS Custom Highlight API where the browser has
 * it (one Highlight per kind plus one for the active mention), otherwise boxes in our shadow root
 * (./fallback-marks). Both take the same calls, so the session does not care which one runs.
 */
import { KINDS, type Kind } from '../data/schema';
import type { HighlightStyle } from '../shared/settings';
import { createFallbackMarks } from './fallback-marks';
import { highlightCss } from './highlight-css';
import type { LensHost } from './host';
import type { PageMention } from './mention-ranges';
import { highlightName } from './palette';

export interface Painter {
  add(mentions: readonly PageMention[]): void;
  remove(mentions: readonly PageMention[]): void;
  /** Replaces everything painted with `mentions`. */
  repaint(mentions: readonly PageMention[]): void;
  setStyle(style: HighlightStyle): void;
  setActive(mention: PageMention | undefined): void;
  clear(): void;
}

interface HighlightApi {
  readonly highlights: Map<string, Set<AbstractRange>>;
  readonly Highlight: new (...ranges: AbstractRange[]) => Set<AbstractRange>;
}

function highlightApi(win: Window): HighlightApi | undefined {
  if (!__CTL_HIGHLIGHT_API__) return undefined;
  const css = (win as unknown as { CSS?: { highlights?: HighlightApi['highlights'] } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : undefined;
}

function createHighlightPainter(api: HighlightApi, host: LensHost): Painter {
  const sets = new Map<Kind | 'active', Set<AbstractRange>>();
  for (const kind of [...KINDS, 'active'] as const) {
    const highlight = new api.Highlight();
    sets.set(kind, highlight);
    api.highlights.set(highlightName(kind), highlight);
  }
  const active = sets.get('active')!;
  const add = (mentions: readonly PageMention[]) => {
    for (const m of mentions) sets.get(m.kind)!.add(m.range);
  };
  const clear = () => {
    for (const set of sets.values()) set.clear();
  };
  return {
    add,
    remove(mentions) {
      for (const m of mentions) {
        sets.get(m.kind)!.delete(m.range);
        active.delete(m.range);
      }
    },
    repaint(mentions) {
      clear();
      add(mentions);
    },
    setStyle: (style) => host.setPageStyles(highlightCss(style)),
    setActive(mention) {
      active.clear();
      if (mention) active.add(mention.range);
    },
    clear() {
      clear();
      for (const kind of [...KINDS, 'active'] as const) api.highlights.delete(highlightName(kind));
    },
  };
}

export function createPainter(win: Window, host: LensHost): Painter {
  const api = highlightApi(win);
  return api ? createHighlightPainter(api, host) : createFallbackMarks(win, host);
}
