/**
 * Marks drawn with the CSS Custom Highlight API: one Highlight per kind plus one for the active mention,
 * created once, registered once, and changed in place. The page's DOM is never touched; the
 * ::highlight() rules live in our host (./highlight-css.ts).
 */
import { KINDS } from '../data/schema';
import { highlightCss } from './highlight-css';
import type { LensHost } from './host';
import type { MarkSurface } from './marks';
import type { PageMention } from './mention-ranges';
import { claimName, highlightName, type HighlightKey } from './palette';

export interface HighlightApi {
  readonly highlights: Map<string, Set<AbstractRange>>;
  readonly Highlight: new (...ranges: AbstractRange[]) => Set<AbstractRange>;
}

/** The browser's Highlight API, unless this build stands in for a browser without it (e2e only). */
export function highlightApi(win: Window): HighlightApi | undefined {
  if (!__CTL_HIGHLIGHT_API__) return undefined;
  const css = (win as unknown as { CSS?: { highlights?: HighlightApi['highlights'] } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : undefined;
}

export function createHighlightSurface(api: HighlightApi, host: LensHost, isClaimed: (m: PageMention) => boolean): MarkSurface {
  const names = [...KINDS, ...KINDS.map(claimName), 'active'] as const;
  const sets = new Map<HighlightKey, Set<AbstractRange>>();
  for (const name of names) {
    const highlight = new api.Highlight();
    sets.set(name, highlight);
    api.highlights.set(highlightName(name), highlight);
  }
  const active = sets.get('active')!;
  return {
    add(mentions) {
      for (const m of mentions) sets.get(isClaimed(m) ? claimName(m.kind) : m.kind)!.add(m.range);
    },
    remove(mentions) {
      for (const m of mentions) {
        sets.get(m.kind)!.delete(m.range);
        sets.get(claimName(m.kind))!.delete(m.range);
      }
    },
    setStyle: (style) => host.setPageStyles(highlightCss(style)),
    setActive(mention) {
      active.clear();
      if (mention) active.add(mention.range);
    },
    clear() {
      for (const name of names) {
        sets.get(name)!.clear();
        api.highlights.delete(highlightName(name));
      }
    },
  };
}
