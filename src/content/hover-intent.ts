/**
 * When the card opens and closes under the pointer (WCAG 1.4.13): it opens after a dwell on a mention,
 * stays while the pointer is on the mention or on the card, hides a few hundred ms after the pointer
 * leaves both, and Esc dismisses it without moving the pointer. Only Esc is ever kept from the page,
 * and only while our card is open.
 */
import type { HoverCard } from './card';
import type { PageMention } from './mention-ranges';

export const HIDE_DELAY_MS = 300;

export interface HoverDeps {
  readonly win: Window;
  readonly card: HoverCard;
  readonly mentionAt: (x: number, y: number) => PageMention | undefined;
  readonly dwellMs: () => number;
  /** Opens the card for a mention (the session knows where it is). */
  readonly open: (mention: PageMention, how: { focus: boolean }) => void;
  readonly setActive: (mention: PageMention | undefined) => void;
}

export interface HoverIntent {
  /** The card was opened for `mention` some other way (keyboard, popup). */
  shown(mention: PageMention | undefined): void;
  stop(): void;
}

export function watchHover(deps: HoverDeps): HoverIntent {
  const { win, card } = deps;
  let shown: PageMention | undefined;
  let dismissed: PageMention | undefined;
  let pending: { mention: PageMention; timer: number } | undefined;
  let hideTimer = 0;
  let frame = 0;
  let last = { x: 0, y: 0, onCard: false };

  const cancelPending = () => {
    if (pending) win.clearTimeout(pending.timer);
    pending = undefined;
  };
  const cancelHide = () => {
    win.clearTimeout(hideTimer);
    hideTimer = 0;
  };
  const scheduleHide = () => {
    if (!card.isOpen() || hideTimer) return;
    hideTimer = win.setTimeout(() => {
      hideTimer = 0;
      card.close();
    }, HIDE_DELAY_MS);
  };

  const evaluate = () => {
    frame = 0;
    if (last.onCard) {
      cancelHide();
      return;
    }
    const mention = deps.mentionAt(last.x, last.y);
    // After Esc the card stays closed until the pointer leaves that mention.
    if (dismissed && mention === dismissed) return;
    dismissed = undefined;
    if (mention && mention === shown && card.isOpen()) {
      cancelHide();
      cancelPending();
      return;
    }
    if (mention) {
      if (pending?.mention !== mention) {
        cancelPending();
        const timer = win.setTimeout(() => {
          pending = undefined;
          shown = mention;
          cancelHide();
          deps.open(mention, { focus: false });
        }, deps.dwellMs());
        pending = { mention, timer };
      }
      deps.setActive(mention);
    } else {
      cancelPending();
      deps.setActive(card.isOpen() ? shown : undefined);
    }
    scheduleHide();
  };

  const onMove = (event: PointerEvent) => {
    last = { x: event.clientX, y: event.clientY, onCard: event.composedPath().includes(card.element) };
    if (!frame) frame = win.requestAnimationFrame(evaluate);
  };
  // The pointer left this document (a frame for the page around it, or the window): nothing of ours is
  // under it any more, exactly as when it leaves a mention, and no further move will say so.
  const onOut = (event: PointerEvent) => {
    if (event.relatedTarget !== null) return;
    last = { x: -1, y: -1, onCard: false };
    if (!frame) frame = win.requestAnimationFrame(evaluate);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !card.isOpen()) return;
    event.stopPropagation();
    // Only a card the pointer is on stays dismissed: one opened by keyboard or the popup, with the
    // pointer elsewhere, must open again when the pointer comes to its mention.
    dismissed = shown && deps.mentionAt(last.x, last.y) === shown ? shown : undefined;
    cancelPending();
    card.close();
  };

  win.addEventListener('pointermove', onMove, { passive: true, capture: true });
  win.addEventListener('pointerout', onOut, { passive: true, capture: true });
  win.addEventListener('keydown', onKey, { capture: true });
  return {
    shown(mention) {
      cancelPending();
      cancelHide();
      shown = mention;
      dismissed = undefined;
    },
    stop() {
      cancelPending();
      cancelHide();
      if (frame) win.cancelAnimationFrame(frame);
      win.removeEventListener('pointermove', onMove, { capture: true });
      win.removeEventListener('pointerout', onOut, { capture: true });
      win.removeEventListener('keydown', onKey, { capture: true });
    },
  };
}
