/**
 * Marks follow the reader. Every marked mention is known (the popup's counts and the keyboard path need
 * them all), but only those near the viewport are painted: each range added to a highlight makes the
 * renderer restyle, lay out and repaint that text, so painting the whole page would make the page pay
 * for text nobody sees (README, benchmarks).
 *
 * What is near is asked of an IntersectionObserver, not block by block but per run: consecutive marked
 * blocks under one parent, up to RUN_BLOCKS of them, watched through their first and last block. The
 * observer recomputes every target on every scrolled frame, and on a long page thousands of blocks made
 * that the larger part of scrolling's cost. A run is painted while either end is within a viewport's
 * height of the screen, or while its ends lie on opposite sides of it (the reader is inside the run).
 * Blocks under one parent follow each other down the page, so the ends tell where the run is; a jump
 * past both ends (a link, Home, End) reports no change, so a long scroll asks the observer afresh.
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
import { listenUntil } from './listen-until';
import type { PageMention } from './mention-ranges';
import { blockAncestor } from './text-blocks';

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
/** Blocks a run holds at most: the observer watches two per run instead of every block. */
export const RUN_BLOCKS = 16;

/**
 * The element whose visibility decides a mention's paint: the block holding its first text node (a
 * paragraph, not the span or em inside it, so the blocks of one article share a parent and form runs).
 */
function anchorOf(m: PageMention): Element | null {
  const block = blockAncestor(m.nodes[0]!);
  return block.nodeType === 1 ? (block as Element) : m.nodes[0]!.parentElement;
}

/** Where a run's end is, as the observer last said: in the painted band, above it, below it, or unknown (beside it). */
type Side = 'in' | 'above' | 'below' | 'unknown';

interface Run {
  /** The blocks' parent (an element or a shadow root): a run never spans two. */
  readonly parent: Node | null;
  /** In document order. */
  readonly anchors: Element[];
  painted: boolean;
}

function sideOf(entry: IntersectionObserverEntry): Side {
  if (entry.isIntersecting) return 'in';
  const band = entry.rootBounds;
  if (!band) return 'unknown';
  if (entry.boundingClientRect.bottom <= band.top) return 'above';
  if (entry.boundingClientRect.top >= band.bottom) return 'below';
  return 'unknown';
}

export function createMarks(win: Window, host: LensHost, signal: AbortSignal): Marks {
  let claimed: ReadonlySet<PageMention> = new Set();
  const isClaimed = (m: PageMention) => claimed.has(m);
  const api = highlightApi(win);
  const surface = api ? createHighlightSurface(api, host, isClaimed) : createFallbackSurface(win, host, signal, isClaimed);
  signal.addEventListener('abort', () => surface.clear(), { once: true });

  const wanted = new Set<PageMention>();
  const byAnchor = new Map<Element, Set<PageMention>>();
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

  const runOf = new Map<Element, Run>();
  /** The sides of the blocks watched now: each run's first and last. */
  const sides = new Map<Element, Side | undefined>();
  /** The run the next block may join. */
  let open: Run | undefined;

  /** Whether the run is near the screen; undefined while an end has not been reported yet. */
  const isNear = (run: Run): boolean | undefined => {
    const first = sides.get(run.anchors[0]!);
    const last = sides.get(run.anchors[run.anchors.length - 1]!);
    if (!first || !last) return undefined;
    return first === 'in' || last === 'in' || first === 'unknown' || last === 'unknown' || first !== last;
  };
  const settle = (run: Run) => {
    const near = isNear(run);
    if (near === undefined || near === run.painted) return;
    run.painted = near;
    for (const anchor of run.anchors) for (const m of byAnchor.get(anchor) ?? []) (near ? paint : unpaint)(m);
  };

  const IO = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  const observer = IO
    ? new IO(
        (entries) => {
          const touched = new Set<Run>();
          for (const entry of entries) {
            const run = sides.has(entry.target) ? runOf.get(entry.target) : undefined;
            if (!run) continue;
            sides.set(entry.target, sideOf(entry));
            touched.add(run);
          }
          for (const run of touched) settle(run);
        },
        { rootMargin: PAINT_MARGIN },
      )
    : undefined;
  signal.addEventListener('abort', () => observer?.disconnect(), { once: true });

  const watch = (anchor: Element) => {
    if (sides.has(anchor)) return;
    sides.set(anchor, undefined);
    observer!.observe(anchor);
  };
  const unwatch = (anchor: Element) => {
    if (!sides.delete(anchor)) return;
    observer!.unobserve(anchor);
  };

  // A jump past both ends of a run changes neither end's state, so the observer says nothing. Smooth
  // scrolling cannot skip an end (it would have to move more than three viewports in a frame), so only
  // a frame that moved more than the painted margin (one viewport) asks every watched block again.
  let lastY = win.scrollY;
  let check = 0;
  const recheck = () => {
    check = 0;
    const y = win.scrollY;
    const jumped = Math.abs(y - lastY) > win.innerHeight;
    lastY = y;
    if (!jumped) return;
    for (const anchor of [...sides.keys()]) {
      observer!.unobserve(anchor);
      observer!.observe(anchor);
    }
  };
  if (observer) {
    const onScroll = () => {
      if (!check) check = win.requestAnimationFrame(recheck);
    };
    listenUntil(win, 'scroll', onScroll, signal, { passive: true });
    signal.addEventListener('abort', () => win.cancelAnimationFrame(check), { once: true });
  }

  /** Puts a newly marked block in the open run when it continues it, else in a run of its own. */
  const join = (anchor: Element) => {
    const run = open;
    const last = run?.anchors[run.anchors.length - 1];
    if (
      run &&
      last &&
      run.anchors.length < RUN_BLOCKS &&
      run.parent !== null &&
      run.parent === anchor.parentNode &&
      last.compareDocumentPosition(anchor) & 4 /* FOLLOWING */
    ) {
      run.anchors.push(anchor);
      runOf.set(anchor, run);
      if (last !== run.anchors[0]) unwatch(last);
      watch(anchor);
      return;
    }
    open = { parent: anchor.parentNode, anchors: [anchor], painted: false };
    runOf.set(anchor, open);
    watch(anchor);
  };
  /** Takes a block that no longer holds a marked mention out of its run; the run's new ends are watched. */
  const leave = (anchor: Element) => {
    const run = runOf.get(anchor);
    if (!run) return;
    runOf.delete(anchor);
    unwatch(anchor);
    run.anchors.splice(run.anchors.indexOf(anchor), 1);
    if (!run.anchors.length) {
      if (open === run) open = undefined;
      return;
    }
    watch(run.anchors[0]!);
    watch(run.anchors[run.anchors.length - 1]!);
  };

  const add = (m: PageMention) => {
    wanted.add(m);
    const anchor = anchorOf(m);
    if (!anchor || !observer) return paint(m);
    let list = byAnchor.get(anchor);
    if (!list) {
      list = new Set();
      byAnchor.set(anchor, list);
      join(anchor);
    }
    list.add(m);
    if (runOf.get(anchor)?.painted) paint(m);
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
      leave(anchor);
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
