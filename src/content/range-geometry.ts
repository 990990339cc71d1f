/** Geometry of a mention's text: client rectangles, hit tests with a few pixels of tolerance. */

/** A live Range over the same text as `range` (StaticRange has no geometry of its own). */
export function liveRange(range: AbstractRange): Range {
  if (typeof (range as Range).getClientRects === 'function') return range as Range;
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

export function rectsOf(range: AbstractRange): DOMRect[] {
  return [...liveRange(range).getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

/** Whether (x, y) lies within `tolerance` px of any of the rectangles. */
export function nearRects(rects: readonly DOMRectReadOnly[], x: number, y: number, tolerance: number): boolean {
  return rects.some((r) => x >= r.left - tolerance && x <= r.right + tolerance && y >= r.top - tolerance && y <= r.bottom + tolerance);
}

/** The smallest box around all rectangles (for placing the card). */
export function boundsOf(rects: readonly DOMRectReadOnly[]): { left: number; top: number; width: number; height: number } | undefined {
  if (!rects.length) return undefined;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return { left, top, width: right - left, height: bottom - top };
}
