// @vitest-environment happy-dom
/** Mention ranges, their per-node index, the first-mention rule and the keyboard order. */
import { describe, expect, it } from 'vitest';
import { placeCard, VIEWPORT_MARGIN } from '../../src/content/card-position';
import { compareMentions } from '../../src/content/doc-order';
import { stepIndex } from '../../src/content/keyboard-path';
import { MentionIndex, toPageMentions, visibleMentions } from '../../src/content/mention-ranges';
import { MentionStore } from '../../src/content/mention-store';
import { countEntities } from '../../src/shared/entity-counts';
import { collectBlocks } from '../../src/content/text-blocks';
import type { EntityId, Kind } from '../../src/data/schema';

const ALL_KINDS: Record<Kind, boolean> = { city: true, zone: true, company: true, policy: true, product: true };

function pageMentions(html: string, found: { start: number; end: number; id: EntityId }[]) {
  document.body.innerHTML = html;
  const [block] = [...collectBlocks(document.body, { isHidden: () => false })];
  return {
    block: block!,
    mentions: toPageMentions(
      block!,
      found.map((m) => ({ ...m, text: block!.text.slice(m.start, m.end) })),
    ),
  };
}

describe('mention index', () => {
  it('finds the mention at a caret offset, edges included, across split nodes', () => {
    const { block, mentions } = pageMentions('<p>In <b>Shen</b>zhen and Hangzhou.</p>', [
      { start: 3, end: 11, id: 'city:shenzhen' },
      { start: 16, end: 24, id: 'city:hangzhou' },
    ]);
    const index = new MentionIndex();
    mentions.forEach((m) => index.add(m));
    const [, shen, zhen] = block.nodes;
    expect(index.at(shen!, 0)?.id).toBe('city:shenzhen');
    expect(index.at(zhen!, 2)?.id).toBe('city:shenzhen');
    expect(index.at(zhen!, 11)?.id).toBe('city:hangzhou');
    expect(index.at(zhen!, 8)).toBeUndefined();
    // Removing one node drops the split mention everywhere.
    index.removeNode(shen!);
    expect(index.at(zhen!, 2)).toBeUndefined();
    expect(index.at(zhen!, 11)?.id).toBe('city:hangzhou');
  });

  it('orders mentions in document order', () => {
    const { mentions } = pageMentions('<p>Beijing, Shenzhen</p>', [
      { start: 0, end: 7, id: 'city:beijing' },
      { start: 9, end: 17, id: 'city:shenzhen' },
    ]);
    expect(
      [...mentions]
        .reverse()
        .sort(compareMentions)
        .map((m) => m.id),
    ).toEqual(['city:beijing', 'city:shenzhen']);
  });
});

describe('first-mention rule and kinds', () => {
  const list = [
    { id: 'city:beijing', kind: 'city' },
    { id: 'company:baidu', kind: 'company' },
    { id: 'city:beijing', kind: 'city' },
    { id: 'company:baidu', kind: 'company' },
  ] as const;

  it('keeps every mention with "all" and only the first of each entity with "first"', () => {
    expect(visibleMentions(list, 'all', ALL_KINDS)).toHaveLength(4);
    expect(visibleMentions(list, 'first', ALL_KINDS)).toEqual([list[0], list[1]]);
  });

  it('drops kinds that are switched off', () => {
    expect(visibleMentions(list, 'all', { ...ALL_KINDS, city: false }).map((m) => m.id)).toEqual(['company:baidu', 'company:baidu']);
  });

  it('counts mentions per entity for the badge, most mentioned first', () => {
    expect(countEntities([...list, list[0]])).toEqual([
      { id: 'city:beijing', count: 3 },
      { id: 'company:baidu', count: 2 },
    ]);
  });
});

describe('keyboard order', () => {
  it('starts at either end and wraps around', () => {
    expect(stepIndex(3, -1, 1)).toBe(0);
    expect(stepIndex(3, -1, -1)).toBe(2);
    expect(stepIndex(3, 2, 1)).toBe(0);
    expect(stepIndex(3, 0, -1)).toBe(2);
    expect(stepIndex(0, -1, 1)).toBe(-1);
  });
});

describe('card position', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };

  it('sits below the mention when there is room', () => {
    expect(placeCard({ left: 100, top: 100, width: 60, height: 20 }, size, viewport)).toEqual({ left: 100, top: 126 });
  });

  it('flips above the mention near the bottom edge', () => {
    const { top } = placeCard({ left: 100, top: 700, width: 60, height: 20 }, size, viewport);
    expect(top + size.height).toBeLessThanOrEqual(700);
  });

  it('stays inside the viewport near the right edge and when nothing fits', () => {
    const right = placeCard({ left: 950, top: 100, width: 40, height: 20 }, size, viewport);
    expect(right.left + size.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN);
    const huge = placeCard({ left: 10, top: 10, width: 40, height: 20 }, { width: 2000, height: 2000 }, viewport);
    expect(huge).toEqual({ left: VIEWPORT_MARGIN, top: VIEWPORT_MARGIN });
  });
});

describe('mention store order', () => {
  const blocksOf = (html: string) => {
    document.body.innerHTML = html;
    return [...document.body.querySelectorAll('p')].map((p) => [...collectBlocks(p, { isHidden: () => false })][0]!);
  };
  const found = (block: { text: string }, name: string, id: EntityId) => {
    const start = block.text.indexOf(name);
    return [{ start, end: start + name.length, id, text: name }];
  };

  it('keeps mentions in document order whether blocks arrive in order or not', () => {
    const [a, b, c] = blocksOf('<p>Shenzhen first.</p><p>Then Hangzhou.</p><p>Beijing last.</p>');
    const store = new MentionStore();
    const shown = () => true;
    store.replaceBlocks([a!], [found(a!, 'Shenzhen', 'city:shenzhen')], shown);
    store.replaceBlocks([c!], [found(c!, 'Beijing', 'city:beijing')], shown);
    expect(store.all().map((m) => m.id)).toEqual(['city:shenzhen', 'city:beijing']);
    // A block before the end (a page's change, or a later batch) is put in its place.
    store.replaceBlocks([b!], [found(b!, 'Hangzhou', 'city:hangzhou')], shown);
    expect(store.all().map((m) => m.id)).toEqual(['city:shenzhen', 'city:hangzhou', 'city:beijing']);
    expect(store.marked().map((m) => m.id)).toEqual(['city:shenzhen', 'city:hangzhou', 'city:beijing']);
  });
});
