/** The worker keeps recent detection batches so a page can ask for their fact-check hints by number. */
import { describe, expect, it } from 'vitest';
import { createRecentTexts } from '../../src/background/recent-texts';
import type { Mention } from '../../src/detect/types';
import { backgroundMessages, readRequest } from '../../src/shared/messages';

const shenzhen: Mention = { start: 0, end: 8, id: 'city:shenzhen', text: 'Shenzhen' };

describe('recent detection batches', () => {
  it('gives back the texts and mentions a frame asks for, by index', () => {
    const recent = createRecentTexts();
    const id = recent.remember('1:0', ['Shenzhen grew.', 'Nothing here.'], [[shenzhen], []]);
    expect(recent.recall('1:0', id, [0])).toEqual({ texts: ['Shenzhen grew.'], mentions: [[shenzhen]] });
  });

  it("does not give one frame another frame's texts", () => {
    const recent = createRecentTexts();
    const id = recent.remember('1:0', ['Shenzhen grew.'], [[shenzhen]]);
    expect(recent.recall('2:0', id, [0])).toBeUndefined();
    expect(recent.recall('1:3', id, [0])).toBeUndefined();
  });

  it('forgets the oldest batch beyond its limit, and indices outside a batch', () => {
    const recent = createRecentTexts(2);
    const first = recent.remember('1:0', ['a'], [[]]);
    const second = recent.remember('1:0', ['b'], [[]]);
    const third = recent.remember('1:0', ['c'], [[]]);
    expect(recent.recall('1:0', first, [0])).toBeUndefined();
    expect(recent.recall('1:0', second, [0])?.texts).toEqual(['b']);
    expect(recent.recall('1:0', third, [1])).toBeUndefined();
  });

  it('takes a hints request by reference or with its texts, and nothing in between', () => {
    const read = (payload: unknown) => readRequest(backgroundMessages, { type: 'claims:check', payload });
    expect(read({ batch: 3, indices: [0, 2], lang: 'en' })).toBeDefined();
    expect(read({ texts: ['Shenzhen grew.'], mentions: [[shenzhen]], lang: 'en' })).toBeDefined();
    expect(read({ batch: 3, lang: 'en' })).toBeUndefined();
    expect(read({ batch: 'x', indices: [0], lang: 'en' })).toBeUndefined();
  });
});
