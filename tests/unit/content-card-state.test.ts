// @vitest-environment happy-dom
/** The card's open/close state: what opens it, what closes it, and that a closed or destroyed card stays so. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CardDeps, HoverCard, RELATED_PREVIEW_MS } from '../../src/content/card';
import { createHost } from '../../src/content/host';
import { withDerived } from '../../src/data/derived';
import { getEntity, type EntityId } from '../../src/data/index';
import type { CardData } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const t = (key: string) => key;
const cardData = (id: EntityId): CardData => {
  const entity = withDerived(getEntity(id)!);
  const labels = Object.fromEntries(entity.relatedAll.map((r) => [r, { id: r, kind: getEntity(r)!.kind, name: getEntity(r)!.name }]));
  return { entity, labels, publishers: {} };
};

/** The window, with the listeners added to it and not yet removed. */
function countingWindow() {
  const live = new Set<unknown>();
  const add = vi.spyOn(window, 'addEventListener').mockImplementation((_type, listener) => void live.add(listener));
  const remove = vi.spyOn(window, 'removeEventListener').mockImplementation((_type, listener) => void live.delete(listener));
  return {
    live,
    restore: () => {
      add.mockRestore();
      remove.mockRestore();
    },
  };
}

let card: HoverCard;
let life: AbortController;
const anchor = () => ({ left: 10, top: 10, width: 40, height: 16 });
const newCard = (deps: Partial<CardDeps> = {}) =>
  new HoverCard({
    win: window,
    signal: (life = new AbortController()).signal,
    host: createHost(document, ''),
    t,
    lang: 'en',
    settings: () => DEFAULT_SETTINGS,
    load: async (id) => cardData(id),
    claimsFor: () => [],
    compare: () => undefined,
    ...deps,
  });

/** Card data that arrives when the test says so. */
function later() {
  const waiting = new Map<EntityId, (data: CardData | null) => void>();
  return {
    load: (id: EntityId) => new Promise<CardData | null>((resolve) => waiting.set(id, resolve)),
    arrive: (id: EntityId) => waiting.get(id)!(cardData(id)),
  };
}
const shownName = () => card.element.querySelector('.name')?.textContent;
const closeButton = () => card.element.querySelector<HTMLButtonElement>('button[aria-label="cardClose"]')!;

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the card', () => {
  it('opens on an entity and closes', async () => {
    card = newCard();
    await card.open('city:shenzhen', anchor);
    expect(card.isOpen()).toBe(true);
    expect(card.element.querySelector('.name')!.textContent).toContain('Shenzhen');
    card.close();
    expect(card.isOpen()).toBe(false);
    expect(card.element.childNodes).toHaveLength(0);
  });

  it('switches to a related entity after the pointer rests on its chip', async () => {
    vi.useFakeTimers();
    card = newCard();
    await card.open('city:shenzhen', anchor);
    const chip = card.element.querySelector<HTMLButtonElement>('.chip')!;
    chip.dispatchEvent(new PointerEvent('pointerenter'));
    await vi.advanceTimersByTimeAsync(RELATED_PREVIEW_MS + 10);
    expect(card.element.querySelector('.name')!.textContent).toContain(chip.textContent!);
  });

  it('stays closed when it closes while a related chip is being hovered', async () => {
    vi.useFakeTimers();
    card = newCard();
    await card.open('city:shenzhen', anchor);
    card.element.querySelector('.chip')!.dispatchEvent(new PointerEvent('pointerenter'));
    card.close();
    await vi.advanceTimersByTimeAsync(RELATED_PREVIEW_MS * 3);
    expect(card.isOpen()).toBe(false);
  });

  it('leaves no window listener behind once its session ends, however often it is rebuilt', async () => {
    const counted = countingWindow();
    for (let i = 0; i < 3; i++) {
      card = newCard();
      await card.open('city:beijing', anchor);
      life.abort();
    }
    expect(card.isOpen()).toBe(false);
    expect([...counted.live]).toEqual([]);
    counted.restore();
  });

  it('opened from the keyboard, takes focus, and gives it back to where it was when it closes', async () => {
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    card = newCard();
    await card.open('city:shenzhen', anchor, { focus: true });
    expect(card.element.getRootNode()).not.toBe(document);
    expect((card.element.getRootNode() as ShadowRoot).activeElement).toBe(card.element);
    closeButton().click();
    expect(card.isOpen()).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('leaves focus where it is when opened under the pointer', async () => {
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    card = newCard();
    await card.open('city:shenzhen', anchor);
    expect(document.activeElement).toBe(button);
  });

  it('closes from its close button, and tells the session once', async () => {
    const onClose = vi.fn();
    card = newCard({ onClose });
    await card.open('city:shenzhen', anchor);
    closeButton().click();
    card.close();
    expect(card.isOpen()).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says it is loading while the data is slow to come, then shows the entity', async () => {
    vi.useFakeTimers();
    const data = later();
    card = newCard({ load: data.load });
    void card.open('city:shenzhen', anchor);
    await vi.advanceTimersByTimeAsync(100);
    expect(card.isOpen()).toBe(true);
    expect(card.element.textContent).toContain('cardLoading');
    data.arrive('city:shenzhen');
    await vi.advanceTimersByTimeAsync(0);
    expect(shownName()).toContain('Shenzhen');
    expect(card.element.textContent).not.toContain('cardLoading');
  });

  it('says the entity is unavailable when its data cannot be had, and can still be closed', async () => {
    card = newCard({ load: async () => Promise.reject(new Error('the worker is gone')) });
    await card.open('city:shenzhen', anchor);
    expect(card.element.textContent).toContain('cardUnavailable');
    closeButton().click();
    expect(card.isOpen()).toBe(false);
  });

  it('stays closed when it was closed while its data was still on the way', async () => {
    vi.useFakeTimers();
    const data = later();
    card = newCard({ load: data.load });
    void card.open('city:shenzhen', anchor);
    await vi.advanceTimersByTimeAsync(100);
    card.close();
    data.arrive('city:shenzhen');
    await vi.advanceTimersByTimeAsync(100);
    expect(card.isOpen()).toBe(false);
    expect(card.element.childNodes).toHaveLength(0);
  });

  it('shows the entity asked for last when the data for an earlier one arrives late', async () => {
    const data = later();
    card = newCard({ load: async (id) => (id === 'city:beijing' ? data.load(id) : cardData(id)) });
    void card.open('city:beijing', anchor);
    await card.open('city:shenzhen', anchor);
    data.arrive('city:beijing');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shownName()).toContain('Shenzhen');
  });

  it('loads an entity once per page, however often its card opens', async () => {
    const load = vi.fn(async (id: EntityId) => cardData(id));
    card = newCard({ load });
    for (let i = 0; i < 3; i++) {
      await card.open('city:shenzhen', anchor);
      card.close();
    }
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('opens no more once its session has ended', async () => {
    card = newCard();
    life.abort();
    await card.open('city:shenzhen', anchor);
    expect(card.isOpen()).toBe(false);
    expect(card.element.childNodes).toHaveLength(0);
  });
});
