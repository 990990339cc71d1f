/** Where the card goes: below the mention if it fits, else above, always inside the viewport. */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export const VIEWPORT_MARGIN = 8;
const GAP = 6;

/** Top-left corner (viewport coordinates) for a card of `size` next to `anchor`. */
export function placeCard(
  anchor: Box,
  size: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): { left: number; top: number } {
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - VIEWPORT_MARGIN;
  const fitsAbove = above >= VIEWPORT_MARGIN;
  const top = fitsBelow || !fitsAbove ? below : above;
  return {
    left: clamp(anchor.left, VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - size.width),
    top: clamp(top, VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - size.height),
  };
}
