// @vitest-environment happy-dom
/** The card's open/close state: what opens it, what closes it, and that a closed or destroyed card stays so. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, RELATED_PREVIEW_MS } from '../../src/content/card';
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
const newCard = () =>
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
  });

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
});
