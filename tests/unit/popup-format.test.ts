import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/data/compare';
import { getEntity } from '../../src/data/index';
import { barShares } from '../../src/popup/bar-chart';
import { cellText, formatAmount, valueText, type FormatContext } from '../../src/popup/format';
import { nameParts, plainName } from '../../src/shared/names';

const ctx: FormatContext = {
  locale: 'en',
  nameOf: (id) => getEntity(id)?.name ?? id,
  noFigure: 'no sourced figure',
  noneRecorded: 'no change on record',
  yearsDiffer: (a, b) => `not computed: GDP is for ${a}, population for ${b}`,
  unitLabel: (u) => (u === 'km2' ? 'km²' : u),
  disputed: 'sources disagree',
};
const src = 'https://a.example/' as const;

describe('cell text', () => {
  it('gives numbers their unit and year, and currencies their symbol', () => {
    expect(valueText({ type: 'number', value: 17_560_000, unit: 'people', year: 2021, source: src }, ctx)).toBe('17.56M people (2021)');
    expect(valueText({ type: 'number', value: 3_460_000_000_000, unit: 'CNY', year: 2023, source: src }, ctx)).toBe('CN¥3.46T (2023)');
    expect(formatAmount(50_700_000_000, 'USD', 'en')).toBe('$50.7B');
  });
  it('never shows a missing value as blank or zero', () => {
    expect(valueText({ type: 'missing' }, ctx)).toBe('no sourced figure');
    expect(valueText({ type: 'missing', reason: 'years-differ', years: [2023, 2021] }, ctx)).toBe(
      'not computed: GDP is for 2023, population for 2021',
    );
    expect(valueText({ type: 'missing', reason: 'none-recorded' }, ctx)).toBe('no change on record');
  });
  it('names referenced entities and keeps places outside the dataset as written', () => {
    expect(valueText({ type: 'refs', ids: ['city:beijing'], extra: ['Ningde'] }, ctx)).toBe('Beijing, Ningde');
  });
  it('adds notes and disagreeing values for exports', () => {
    const cell: Cell = {
      type: 'year',
      value: 1985,
      source: src,
      note: 'as a state venture',
      disputed: {
        field: 'founded',
        values: [
          { value: 1985, source: src },
          { value: 1997, source: src },
        ],
      },
    };
    expect(cellText(cell, ctx)).toBe('1985 (as a state venture) [sources disagree: 1985; 1997]');
  });
});

describe('bar scale', () => {
  it('scales each value against the largest of the same unit only', () => {
    const cells: Cell[] = [
      { type: 'number', value: 50, unit: 'CNY', source: src },
      { type: 'number', value: 100, unit: 'CNY', source: src },
      { type: 'number', value: 10, unit: 'USD', source: src },
      { type: 'missing' },
    ];
    expect(barShares(cells)).toEqual([0.5, 1, 1, undefined]);
  });
});

describe('names (card and popup alike)', () => {
  const shenzhen = getEntity('city:shenzhen')!;
  it('shows both by default, the interface language first', () => {
    expect(plainName(nameParts(shenzhen, 'both', 'en-US'))).toBe('Shenzhen (深圳)');
    expect(plainName(nameParts(shenzhen, 'both', 'zh-CN'))).toBe('深圳 (Shenzhen)');
    expect(nameParts(shenzhen, 'both', 'zh-CN')).toMatchObject({ primaryLang: 'zh-CN', secondaryLang: 'en' });
  });
  it('shows only the language the reader chose, whatever the interface language', () => {
    expect(plainName(nameParts(shenzhen, 'zh', 'en'))).toBe('深圳');
    expect(plainName(nameParts(shenzhen, 'en', 'zh-CN'))).toBe('Shenzhen');
    expect(nameParts(shenzhen, 'zh', 'en')).toEqual({ primary: '深圳', primaryLang: 'zh-CN' });
  });
});
