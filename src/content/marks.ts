/**
 * Marks follow the reader. Every marked mention is known (the popup's counts and the keyboard path need
 * them all), but only those near the viewport are painted: an IntersectionObserver watches the elements
 * that hold marked text, and a mention is painted while its element is within a viewport's height of the
 * screen. Each range added to a highlight makes the renderer restyle, lay out and repaint that text, so
 * painting the whole page would make the page pay for text nobody sees (README, benchmarks).
 *
 * Every change to what is painted waits for the next animation frame and goes to the surface in one
 * batch: the CSS Custom Highlight API where the browser has it (./highlight-surface.ts), boxes in our
 * shadow root otherwise (./fallback-marks.ts). The active mention (under the pointer, or the card's) is
 * painted at once, wherever it is.
 */
import type { HighlightStyle } from '../shared/settings';
import { createFallbackSurface } from './fallback-marks';
import { createHighlightSurface, highlightApi } from './highlight-surface';
import type { LensHost } from './host';
import type { PageMention } from './mention-ranges';

/** What actually draws marks: adds and removes arrive in batches, once per frame. */
export interface MarkSurface {
  add(mentions: readonly PageMention[]): void;
  remove(mentions: readonly PageMention[]): void;
  setStyle(style: HighlightStyle): void;
  setActive(mention: PageMention | undefined): void;
  /** Takes everything off the page. */
  clear(): void;
}

export interface Marks {
  /**
   * The mentions marked now (the store's marked list), and those that carry a fact-check hint (a
   * different, still quiet, mark); what is near the viewport gets painted.
   */
  sync(marked: readonly PageMention[], claimed?: ReadonlySet<PageMention>): void;
  setStyle(style: HighlightStyle): void;
  setActive(mention: PageMention | undefined): void;
}

/** How far beyond the viewport, above and below, marks are painted ahead of the reader. */
export const PAINT_MARGIN = '100% 0px';

/** The element whose visibility decides a mention's paint: the one holding its first text node. */
const anchorOf = (m: PageMention): Element | null => m.nodes[0]!.parentElement;

export function createMarks(win: Window, host: LensHost, signal: AbortSignal): Marks {
  let claimed: ReadonlySet<PageMention> = new Set();
  const isClaimed = (m: PageMention) => claimed.has(m);
  const api = highlightApi(win);
  const surface = api ? createHighlightSurface(api, host, isClaimed) : createFallbackSurface(win, host, signal, isClaimed);
  signal.addEventListener('abort', () => surface.clear(), { once: true });

  const wanted = new Set<PageMention>();
  const byAnchor = new Map<Element, Set<PageMention>>();
  const inView = new Set<Element>();
  const painted = new Set<PageMention>();
  const toPaint = new Set<PageMention>();
  const toUnpaint = new Set<PageMention>();
  let frame = 0;

  const flush = () => {
    frame = 0;
    if (signal.aborted) return;
    if (toUnpaint.size) surface.remove([...toUnpaint]);
    if (toPaint.size) surface.add([...toPaint]);
    toPaint.clear();
    toUnpaint.clear();
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(flush);
  };
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });
  const paint = (m: PageMention) => {
    if (painted.has(m)) return;
    painted.add(m);
    if (!toUnpaint.delete(m)) toPaint.add(m);
    schedule();
  };
  const unpaint = (m: PageMention) => {
    if (!painted.delete(m)) return;
    if (!toPaint.delete(m)) toUnpaint.add(m);
    schedule();
  };

  const IO = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const observer = IO
    ? new IO(
        (entries) => {
          for (const entry of entries) {
            const list = byAnchor.get(entry.target);
            if (entry.isIntersecting) inView.add(entry.target);
            else inView.delete(entry.target);
            if (list) for (const m of list) (entry.isIntersecting ? paint : unpaint)(m);
          }
        },
        { rootMargin: PAINT_MARGIN },
      )
    : undefined;
  signal.addEventListener('abort', () => observer?.disconnect(), { once: true });

  const add = (m: PageMention) => {
    wanted.add(m);
    const anchor = anchorOf(m);
    if (!anchor || !observer) return paint(m);
    let list = byAnchor.get(anchor);
    if (!list) {
      list = new Set();
      byAnchor.set(anchor, list);
      observer.observe(anchor);
    }
    list.add(m);
    if (inView.has(anchor)) paint(m);
  };
  const drop = (m: PageMention) => {
    wanted.delete(m);
    unpaint(m);
    const anchor = anchorOf(m);
    const list = anchor && byAnchor.get(anchor);
    if (!list) return;
    list.delete(m);
    if (!list.size) {
      byAnchor.delete(anchor);
      inView.delete(anchor);
      observer?.unobserve(anchor);
    }
  };

  return {
    sync(marked, nextClaimed = new Set()) {
      const next = new Set(marked);
      for (const m of [...wanted]) if (!next.has(m)) drop(m);
      // A painted mark whose hint came or went is painted again in its new style.
      const restyle = [...painted].filter((m) => claimed.has(m) !== nextClaimed.has(m));
      claimed = nextClaimed;
      for (const m of restyle) {
        toUnpaint.add(m);
        toPaint.add(m);
      }
      if (restyle.length) schedule();
      for (const m of marked) if (!wanted.has(m)) add(m);
    },
    setStyle: (style) => surface.setStyle(style),
    setActive: (mention) => surface.setActive(mention),
  };
}
