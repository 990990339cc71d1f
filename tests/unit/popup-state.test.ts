import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src/data/index';
import { PRESETS } from '../../src/popup/presets';
import { addToSelection, removeFromSelection } from '../../src/popup/selection';
import { parseUrlState, serializeUrlState } from '../../src/popup/url-state';

const exists = (id: string) => getEntity(id) !== undefined;

describe('URL state', () => {
  it('reads the compared ids and the tab', () => {
    expect(parseUrlState('?compare=city:shenzhen,city:beijing,city:hangzhou&tab=12', exists)).toEqual({
      compare: ['city:shenzhen', 'city:beijing', 'city:hangzhou'],
      ignored: [],
      tabId: 12,
      full: true,
    });
  });
  it('ignores unknown ids, other kinds, repeats and a fifth, and reports them', () => {
    const state = parseUrlState(
      '?compare=city:atlantis,city:beijing,company:baidu,city:beijing,city:shanghai,city:shenzhen,city:hangzhou,city:wuhan',
      exists,
    );
    expect(state.compare).toEqual(['city:beijing', 'city:shanghai', 'city:shenzhen', 'city:hangzhou']);
    expect(state.ignored).toEqual(['city:atlantis', 'company:baidu', 'city:beijing', 'city:wuhan']);
  });
  it('treats no query as the toolbar popup and a bad tab as none', () => {
    expect(parseUrlState('', exists)).toEqual({ compare: [], ignored: [], tabId: undefined, full: false });
    expect(parseUrlState('?tab=abc', exists).tabId).toBeUndefined();
  });
  it('round-trips through the query string with readable ids', () => {
    const query = serializeUrlState({ compare: ['city:shenzhen', 'city:beijing'], tabId: 3, full: true });
    expect(query).toBe('?compare=city:shenzhen,city:beijing&tab=3');
    expect(parseUrlState(query, exists).compare).toEqual(['city:shenzhen', 'city:beijing']);
    expect(serializeUrlState({ compare: [], full: true })).toBe('?full=1');
  });
});

describe('selection', () => {
  it('adds up to four of one kind', () => {
    let sel = addToSelection([], 'city:beijing').selection;
    sel = addToSelection(sel, 'city:shenzhen').selection;
    expect(addToSelection(sel, 'city:shenzhen').selection).toEqual(sel);
    const full = ['city:a', 'city:b', 'city:c', 'city:d'] as const;
    expect(addToSelection(full, 'city:e')).toEqual({ selection: full, notice: 'limit' });
  });
  it('starts afresh with another kind, and says so', () => {
    expect(addToSelection(['city:beijing'], 'company:baidu')).toEqual({ selection: ['company:baidu'], notice: 'otherKind' });
    expect(removeFromSelection(['city:a', 'city:b'], 'city:a')).toEqual(['city:b']);
  });
});

describe('presets', () => {
  it('starts with the Silicon Valleys question', () => {
    expect(PRESETS[0]!.ids).toEqual(['city:shenzhen', 'city:beijing', 'city:hangzhou']);
  });
  it('only names ids that exist, two to four of one kind', () => {
    for (const preset of PRESETS) {
      for (const id of preset.ids) expect(getEntity(id), id).toBeDefined();
      expect(preset.ids.length).toBeGreaterThanOrEqual(2);
      expect(preset.ids.length).toBeLessThanOrEqual(4);
      expect(new Set(preset.ids.map((id) => id.split(':')[0])).size).toBe(1);
    }
  });
});
