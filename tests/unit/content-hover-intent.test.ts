// @vitest-environment happy-dom
/**
 * Hover intent (WCAG 1.4.13): a card opens after the pointer rests on a mention, not while it passes
 * over; it stays while the pointer is on its mention or on the card, closes a little after the pointer
 * leaves both, and Esc closes it at once and keeps it closed until the pointer leaves that mention.
 * The session is played by a small stand-in that opens and closes a pretend card as asked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS, watchHover } from '../../src/content/hover-intent';
import type { PageMention } from '../../src/content/mention-ranges';
import { liveWindowListeners } from './window-listeners';

const DWELL_MS = 500;

const mention = (id: PageMention['id']): PageMention => {
  const range = document.createRange();
  return { id, kind: id.startsWith('city') ? 'city' : 'company', range, nodes: [] };
};
const SHENZHEN = mention('city:shenzhen');
const HUAWEI = mention('company:huawei');

/** The page along one line: Shenzhen at x 0-99, Huawei at 100-199, plain text beyond; the card at x >= 1000. */
const mentionAt = (x: number) => (x < 0 ? undefined : x < 100 ? SHENZHEN : x < 200 ? HUAWEI : undefined);
const CARD_X = 1000;

let life: AbortController;
/** The pretend card: the mention it is open on, and every mention it opened on (ids, in order). */
let card: { open: PageMention | undefined; opened: string[]; closes: number };
let intent: ReturnType<typeof watchHover>;
let dwell: number;

function start(): void {
  life = new AbortController();
  card = { open: undefined, opened: [], closes: 0 };
  intent = watchHover({
    win: window,
    signal: life.signal,
    mentionAt: (x) => mentionAt(x),
    dwellMs: () => dwell,
    onCard: (event) => (event as PointerEvent).clientX >= CARD_X,
    cardOpen: () => card.open !== undefined,
    intents: {
      point: () => undefined,
      // As the session does: the card opens, and hover intent hears which mention it shows.
      open: (m) => {
        card.open = m;
        card.opened.push(m.id);
        intent.cardShows(m);
      },
      close: () => {
        if (!card.open) return;
        card.open = undefined;
        card.closes++;
        intent.cardShows(undefined);
      },
    },
  });
}

const move = (x: number) => window.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 5 }));
const wait = (ms: number) => vi.advanceTimersByTime(ms);
/** The pointer comes to rest at x, and the frame that reads it has run. */
const rest = (x: number) => (move(x), vi.advanceTimersToNextFrame());
const shown = () => card.open?.id;

beforeEach(() => {
  vi.useFakeTimers();
  dwell = DWELL_MS;
  start();
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('opening', () => {
  it('opens the card once the pointer has rested on a mention for the card delay, not before', () => {
    rest(50);
    wait(DWELL_MS - 1);
    expect(shown()).toBeUndefined();
    wait(1);
    expect(shown()).toBe(SHENZHEN.id);
  });

  it('opens nothing when the pointer only passes over mentions', () => {
    rest(50);
    wait(DWELL_MS / 2);
    rest(150);
    wait(DWELL_MS / 2);
    rest(300);
    wait(DWELL_MS * 4);
    expect(card.opened).toEqual([]);
  });

  it('opens the mention the pointer stops on, after its own full delay', () => {
    rest(50);
    wait(DWELL_MS - 100);
    rest(150);
    wait(DWELL_MS - 1);
    expect(card.opened).toEqual([]);
    wait(1);
    expect(card.opened).toEqual([HUAWEI.id]);
  });

  it('keeps counting while the pointer wobbles within the same mention', () => {
    rest(10);
    const arrived = Date.now();
    wait(100);
    for (let i = 0; i < 4; i++) rest(20 + i * 10);
    wait(arrived + DWELL_MS - Date.now());
    expect(shown()).toBe(SHENZHEN.id);
  });

  it('waits as long as the card delay preference says, read when the pointer arrives', () => {
    dwell = 1500;
    rest(50);
    wait(DWELL_MS * 2);
    expect(shown()).toBeUndefined();
    wait(1500);
    expect(shown()).toBe(SHENZHEN.id);
  });
});

/** The card open on Shenzhen, the pointer still on it. */
function openOnShenzhen(): void {
  rest(50);
  wait(DWELL_MS);
  expect(shown()).toBe(SHENZHEN.id);
}

describe('closing', () => {
  it('closes a short while after the pointer leaves the mention, not at once', () => {
    openOnShenzhen();
    rest(300);
    wait(HIDE_DELAY_MS - 1);
    expect(shown()).toBe(SHENZHEN.id);
    wait(1);
    expect(shown()).toBeUndefined();
  });

  it('stays open while the pointer crosses the gap to the card and rests on it', () => {
    openOnShenzhen();
    rest(300);
    wait(HIDE_DELAY_MS / 2);
    rest(CARD_X + 20);
    wait(HIDE_DELAY_MS * 10);
    expect(shown()).toBe(SHENZHEN.id);
    expect(card.closes).toBe(0);
  });

  it('keeps the card on its mention when the pointer crosses another mention on its way to the card', () => {
    openOnShenzhen();
    rest(150);
    rest(CARD_X + 20);
    wait(DWELL_MS * 4);
    expect(card.opened).toEqual([SHENZHEN.id]);
    expect(shown()).toBe(SHENZHEN.id);
  });

  it('closes a short while after the pointer leaves the card', () => {
    openOnShenzhen();
    rest(CARD_X + 20);
    wait(HIDE_DELAY_MS * 2);
    rest(300);
    wait(HIDE_DELAY_MS - 1);
    expect(shown()).toBe(SHENZHEN.id);
    wait(1);
    expect(shown()).toBeUndefined();
  });

  it('stays open when the pointer comes back to the mention within the grace period', () => {
    openOnShenzhen();
    rest(300);
    wait(HIDE_DELAY_MS / 2);
    rest(60);
    wait(HIDE_DELAY_MS * 10);
    expect(shown()).toBe(SHENZHEN.id);
    expect(card.opened).toEqual([SHENZHEN.id]);
  });

  it('closes a short while after the pointer leaves the window', () => {
    openOnShenzhen();
    window.dispatchEvent(new PointerEvent('pointerout', { relatedTarget: null }));
    vi.advanceTimersToNextFrame();
    wait(HIDE_DELAY_MS - 1);
    expect(shown()).toBe(SHENZHEN.id);
    wait(1);
    expect(shown()).toBeUndefined();
  });

  it('moves the card to the next mention the pointer rests on', () => {
    openOnShenzhen();
    rest(150);
    wait(DWELL_MS);
    expect(card.opened).toEqual([SHENZHEN.id, HUAWEI.id]);
    expect(shown()).toBe(HUAWEI.id);
  });
});

describe('Esc', () => {
  /** Presses `key` in the page; whether the page's own listener (on the focused element) heard it. */
  function pageHears(key: string): boolean {
    let heard = false;
    const listener = () => {
      heard = true;
    };
    document.body.addEventListener('keydown', listener);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    document.body.removeEventListener('keydown', listener);
    return heard;
  }

  it('closes an open card at once, and the page never hears that Esc', () => {
    openOnShenzhen();
    expect(pageHears('Escape')).toBe(false);
    expect(shown()).toBeUndefined();
  });

  it('is left to the page while no card is open, as is every other key', () => {
    expect(pageHears('Escape')).toBe(true);
    openOnShenzhen();
    expect(pageHears('a')).toBe(true);
    expect(pageHears('Enter')).toBe(true);
    expect(shown()).toBe(SHENZHEN.id);
  });

  it('keeps the card closed while the pointer stays on that mention, and it opens again once the pointer has left', () => {
    openOnShenzhen();
    pageHears('Escape');
    rest(55);
    wait(DWELL_MS * 4);
    expect(shown()).toBeUndefined();
    rest(300);
    rest(50);
    wait(DWELL_MS);
    expect(shown()).toBe(SHENZHEN.id);
  });

  it('also cancels the card the pointer was about to open on another mention', () => {
    openOnShenzhen();
    rest(150);
    wait(HIDE_DELAY_MS / 2);
    pageHears('Escape');
    wait(DWELL_MS * 4);
    expect(card.opened).toEqual([SHENZHEN.id]);
    expect(shown()).toBeUndefined();
  });

  it('does not keep closed a card opened from the keyboard while the pointer was elsewhere', () => {
    rest(300);
    // The session opens Huawei's card from the keyboard shortcut.
    card.open = HUAWEI;
    intent.cardShows(HUAWEI);
    pageHears('Escape');
    expect(shown()).toBeUndefined();
    rest(150);
    wait(DWELL_MS);
    expect(shown()).toBe(HUAWEI.id);
  });
});

describe('ending', () => {
  it('opens and closes nothing once its session ends, and leaves no listener or timer behind', () => {
    life.abort();
    const live = liveWindowListeners();
    start();
    rest(50);
    wait(DWELL_MS / 2);
    expect(live.size).toBeGreaterThan(0);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    life.abort();
    expect([...live]).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    wait(DWELL_MS * 4);
    expect(card.opened).toEqual([]);
  });
});
