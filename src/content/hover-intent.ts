/**
 * What the pointer means (WCAG 1.4.13): a dwell on a marked mention asks for its card; the card stays
 * while the pointer is on the mention or on the card; leaving both (or the frame, or the window) asks
 * for it to close a few hundred ms later; Esc asks at once, and the card then stays closed until the
 * pointer leaves that mention. Only Esc is ever kept from the page, and only while our card is open.
 *
 * It only reports intents to the page session, which owns the card and the active mark.
 */
import { listenUntil } from './listen-until';
import type { PageMention } from './mention-ranges';

export const HIDE_DELAY_MS = 300;

export interface HoverIntents {
  /** The marked mention under the pointer now, if any (the session tints it). */
  point(mention: PageMention | undefined): void;
  /** The pointer rested on a mention: open its card. */
  open(mention: PageMention): void;
  /** The pointer left the mention and the card (or Esc): close the card. */
  close(): void;
}

export interface HoverDeps {
  readonly win: Window;
  /** Ends every listener and timer. */
  readonly signal: AbortSignal;
  readonly mentionAt: (x: number, y: number) => PageMention | undefined;
  readonly dwellMs: () => number;
  /** Whether an event happened over the card. */
  readonly onCard: (event: Event) => boolean;
  readonly cardOpen: () => boolean;
  readonly intents: HoverIntents;
}

export interface HoverIntent {
  /** The session opened the card for `mention` (or it closed): hovering it again keeps it. */
  cardShows(mention: PageMention | undefined): void;
}

export function watchHover(deps: HoverDeps): HoverIntent {
  const { win, signal, intents } = deps;
  let shown: PageMention | undefined;
  let dismissed: PageMention | undefined;
  let pending: { mention: PageMention; timer: number } | undefined;
  let hideTimer = 0;
  let frame = 0;
  let last = { x: -1, y: -1, onCard: false };

  const cancelPending = () => {
    if (pending) win.clearTimeout(pending.timer);
    pending = undefined;
  };
  const cancelHide = () => {
    win.clearTimeout(hideTimer);
    hideTimer = 0;
  };
  const scheduleHide = () => {
    if (!deps.cardOpen() || hideTimer) return;
    hideTimer = win.setTimeout(() => {
      hideTimer = 0;
      intents.close();
    }, HIDE_DELAY_MS);
  };

  const evaluate = () => {
    frame = 0;
    if (last.onCard) {
      // A mention crossed on the way to the card does not take the card over.
      cancelHide();
      cancelPending();
      return;
    }
    const mention = deps.mentionAt(last.x, last.y);
    // After Esc the card stays closed until the pointer leaves that mention.
    if (dismissed && mention === dismissed) return;
    dismissed = undefined;
    intents.point(mention);
    if (mention && mention === shown && deps.cardOpen()) {
      cancelHide();
      cancelPending();
      return;
    }
    if (mention && pending?.mention !== mention) {
      cancelPending();
      const timer = win.setTimeout(() => {
        pending = undefined;
        cancelHide();
        intents.open(mention);
      }, deps.dwellMs());
      pending = { mention, timer };
    } else if (!mention) cancelPending();
    scheduleHide();
  };
  const later = () => {
    if (!frame) frame = win.requestAnimationFrame(evaluate);
  };

  const listen = { passive: true, capture: true };
  listenUntil(
    win,
    'pointermove',
    (event) => {
      last = { x: event.clientX, y: event.clientY, onCard: deps.onCard(event) };
      later();
    },
    signal,
    listen,
  );
  // The pointer left this document (a frame for the page around it, or the window): nothing of ours is
  // under it any more, as when it leaves a mention, and no further move will say so.
  listenUntil(
    win,
    'pointerout',
    (event) => {
      if (event.relatedTarget !== null) return;
      last = { x: -1, y: -1, onCard: false };
      later();
    },
    signal,
    listen,
  );
  listenUntil(
    win,
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !deps.cardOpen()) return;
      event.stopPropagation();
      // Only a card the pointer is on stays dismissed: one opened by keyboard or the popup, with the
      // pointer elsewhere, must open again when the pointer comes to its mention.
      dismissed = shown && deps.mentionAt(last.x, last.y) === shown ? shown : undefined;
      cancelPending();
      intents.close();
    },
    signal,
    { capture: true },
  );
  signal.addEventListener(
    'abort',
    () => {
      cancelPending();
      cancelHide();
      win.cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    cardShows(mention) {
      cancelHide();
      shown = mention;
      // A card closing (the pointer left it for another mention) leaves that mention's dwell running.
      if (!mention) return;
      cancelPending();
      dismissed = undefined;
    },
  };
}
