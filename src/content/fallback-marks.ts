/**
 * Marks for browsers without the CSS Custom Highlight API: absolutely positioned boxes in our shadow
 * root, computed from each painted mention's client rectangles (./marks.ts decides which are painted:
 * those near the viewport). The page's text is never wrapped. Scrolling and resizing redraw them once
 * per frame.
 */
import type { HighlightStyle } from '../shared/settings';
import type { LensHost } from './host';
import { listenUntil } from './listen-until';
import type { MarkSurface } from './marks';
import type { PageMention } from './mention-ranges';
import { KIND_COLOURS, KIND_TINTS } from './palette';
import { rectsOf } from './range-geometry';

export function createFallbackSurface(
  win: Window,
  host: LensHost,
  signal: AbortSignal,
  isClaimed: (m: PageMention) => boolean,
): MarkSurface {
  const doc = win.document;
  const layer = doc.createElement('div');
  layer.className = 'marks';
  host.shadow.append(layer);
  const painted = new Set<PageMention>();
  let active: PageMention | undefined;
  let style: HighlightStyle = 'underline';
  let frame = 0;

  const box = (m: PageMention, rect: DOMRect, isActive: boolean): HTMLElement => {
    const el = doc.createElement('div');
    el.className = 'mark';
    const s = el.style;
    s.left = `${rect.left + win.scrollX}px`;
    s.top = `${rect.top + win.scrollY}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    if (isActive) s.background = 'rgba(255, 196, 0, 0.35)';
    else if (style === 'background') s.background = KIND_TINTS[m.kind];
    if (isActive || style === 'underline')
      s.borderBottom = `2px ${isClaimed(m) && !isActive ? 'dotted' : 'solid'} ${isActive ? '#b35c00' : KIND_COLOURS[m.kind]}`;
    return el;
  };

  const draw = () => {
    frame = 0;
    const boxes: HTMLElement[] = [];
    const shown = new Set(painted);
    if (active) shown.add(active);
    for (const m of shown) {
      const isActive = m === active;
      if (style === 'hover' && !isActive) continue;
      for (const rect of rectsOf(m.range)) boxes.push(box(m, rect, isActive));
    }
    layer.replaceChildren(...boxes);
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(draw);
  };
  listenUntil(win, 'scroll', schedule, signal, { passive: true, capture: true });
  listenUntil(win, 'resize', schedule, signal, { passive: true });

  return {
    add(mentions) {
      for (const m of mentions) painted.add(m);
      schedule();
    },
    remove(mentions) {
      for (const m of mentions) painted.delete(m);
      schedule();
    },
    setStyle(next) {
      style = next;
      schedule();
    },
    setActive(mention) {
      active = mention;
      schedule();
    },
    clear() {
      painted.clear();
      win.cancelAnimationFrame(frame);
      layer.remove();
    },
  };
}
