/**
 * Marks for browsers without the CSS Custom Highlight API: absolutely positioned boxes in our shadow
 * root, computed from each mention's client rectangles. The page's text is never wrapped. Only
 * mentions near the viewport get boxes; scrolling and resizing redraw them once per frame.
 */
import type { HighlightStyle } from '../shared/settings';
import type { LensHost } from './host';
import type { PageMention } from './mention-ranges';
import { KIND_COLOURS, KIND_TINTS } from './palette';
import type { Painter } from './painter';
import { rectsOf } from './range-geometry';

const MARGIN_PX = 600;

export function createFallbackMarks(win: Window, host: LensHost): Painter {
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
    if (isActive || style === 'underline') s.borderBottom = `2px solid ${isActive ? '#b35c00' : KIND_COLOURS[m.kind]}`;
    return el;
  };

  const draw = () => {
    frame = 0;
    const boxes: HTMLElement[] = [];
    const bottom = win.innerHeight + MARGIN_PX;
    for (const m of painted) {
      const isActive = m === active;
      if (style === 'hover' && !isActive) continue;
      for (const rect of rectsOf(m.range)) {
        if (rect.bottom >= -MARGIN_PX && rect.top <= bottom) boxes.push(box(m, rect, isActive));
      }
    }
    layer.replaceChildren(...boxes);
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(draw);
  };
  win.addEventListener('scroll', schedule, { passive: true, capture: true });
  win.addEventListener('resize', schedule, { passive: true });

  return {
    add(mentions) {
      for (const m of mentions) painted.add(m);
      schedule();
    },
    remove(mentions) {
      for (const m of mentions) painted.delete(m);
      schedule();
    },
    repaint(mentions) {
      painted.clear();
      for (const m of mentions) painted.add(m);
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
      win.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', schedule);
      layer.remove();
    },
  };
}
