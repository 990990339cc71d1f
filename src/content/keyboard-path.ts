/** The keyboard path: which mention comes next, and bringing it into view. */
import type { PageMention } from './mention-ranges';
import { boundsOf, rectsOf } from './range-geometry';

/**
 * Index of the mention after (direction 1) or before (-1) `current` in `list` (document order),
 * wrapping around; with no current mention, the first or the last.
 */
export function stepIndex(length: number, current: number, direction: 1 | -1): number {
  if (length === 0) return -1;
  if (current < 0 || current >= length) return direction === 1 ? 0 : length - 1;
  return (current + direction + length) % length;
}

/** Scrolls so the mention sits in the middle of the viewport, when it is not already visible. */
export function scrollToMention(win: Window, mention: PageMention): void {
  const parent = mention.range.startContainer.parentElement;
  let box = boundsOf(rectsOf(mention.range));
  const visible = (b: typeof box) => !!b && b.top >= 0 && b.top + b.height <= win.innerHeight;
  if (visible(box)) return;
  // Inner scroll containers first, then the window.
  parent?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  box = boundsOf(rectsOf(mention.range));
  if (box && !visible(box)) win.scrollBy(0, box.top - win.innerHeight / 2);
}
