/**
 * What mention is under the pointer: the caret position at the point (caretPositionFromPoint or
 * caretRangeFromPoint) looked up in the per-node index, confirmed against the mention's rectangles
 * with a few pixels of tolerance, so the caret snapping to the nearest word never opens a card.
 */
import type { PageMention } from './mention-ranges';
import { nearRects, rectsOf } from './range-geometry';

export const HIT_TOLERANCE_PX = 3;

interface CaretApi {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): { node: Node; offset: number } | undefined {
  const d = doc as unknown as CaretApi;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots: [...shadowRoots] } : undefined);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startContainer === range.endContainer ? range.startOffset : 0 } : undefined;
}

/** The innermost element at the point, looking into open shadow roots. */
function deepElementAt(doc: Document, x: number, y: number): Element | null {
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** Where marked mentions are: the mention store answers (./mention-store.ts). */
export interface MarkedLookup {
  /** The marked mention at a caret position. */
  markedAt(node: Node, offset: number): PageMention | undefined;
  /** The marked mentions in one text node. */
  markedIn(node: Node): readonly PageMention[];
}

/**
 * The marked mention under (x, y): text the reader sees unmarked (a kind switched off, a later mention
 * under "first mention only") never opens a card.
 */
export function mentionAt(
  doc: Document,
  x: number,
  y: number,
  marked: MarkedLookup,
  shadowRoots: readonly ShadowRoot[] = [],
  tolerance = HIT_TOLERANCE_PX,
): PageMention | undefined {
  const hits = (m: PageMention | undefined, within = tolerance) => (m && nearRects(rectsOf(m.range), x, y, within) ? m : undefined);
  const caret = caretAt(doc, x, y, shadowRoots);
  const atCaret = caret && marked.markedAt(caret.node, caret.offset);
  // Mentions may touch ("深圳华为"): at their shared edge the caret names the first, though the pointer
  // may be on the second. One whose text is under the pointer wins over one only within the tolerance.
  const viaCaret = hits(atCaret, 0) ?? (hits(atCaret) && (marked.markedIn(caret!.node).find((m) => hits(m, 0)) ?? atCaret));
  if (viaCaret) return viaCaret;
  // The caret APIs do not see into every shadow root or past some overlays: try the text of the
  // element under the pointer.
  const el = deepElementAt(doc, x, y);
  if (!el) return undefined;
  let near: PageMention | undefined;
  for (const child of el.childNodes) {
    for (const m of marked.markedIn(child)) {
      const rects = rectsOf(m.range);
      if (nearRects(rects, x, y, 0)) return m;
      if (!near && nearRects(rects, x, y, tolerance)) near = m;
    }
  }
  return near;
}
