/** Reading values as written: dates at their precision, year spans, figures with unit, currency and scale. */
import { describe, expect, it } from 'vitest';
import { dateAtStart, findDates, findFigures, findPeriods } from '../../src/claims/values';

const dates = (s: string) => findDates(s).map((d) => ({ text: s.slice(d.start, d.end), ...d.value }));
const figure = (s: string) => {
  const [f] = findFigures(s);
  return f && { text: s.slice(f.start, f.end), ...f.value };
};

describe('dates', () => {
  it('reads a year, a month and a full date at their precision', () => {
    expect(dates('in 1999, in April 2016, on 12 March 2015 and on March 12, 2015')).toEqual([
      { text: '1999', precision: 'year', year: 1999 },
      { text: 'April 2016', precision: 'month', year: 2016, month: 4 },
      { text: '12 March 2015', precision: 'day', year: 2015, month: 3, day: 12 },
      { text: 'March 12, 2015', precision: 'day', year: 2015, month: 3, day: 12 },
    ]);
  });
  it('reads abbreviated months, ordinals, ISO and Chinese dates', () => {
    expect(dates('Sept 29, 2013')[0]).toMatchObject({ precision: 'day', month: 9, day: 29 });
    expect(dates('August 22nd, 2013')[0]).toMatchObject({ precision: 'day', month: 8, day: 22 });
    expect(dates('2023-07-13')[0]).toMatchObject({ precision: 'day', year: 2023, month: 7, day: 13 });
    expect(dates('2015年3月')[0]).toMatchObject({ precision: 'month', year: 2015, month: 3 });
  });
  it('does not take decades, amounts, spans or parts of numbers for years', () => {
    expect(dates('the 1990s, $2015, 12,2015, 2016-2020 and 2016–20')).toEqual([]);
  });
  it('finds a date only at the very start when asked', () => {
    expect(dateAtStart('May 2015, the plan')?.value).toEqual({ precision: 'month', year: 2015, month: 5 });
    expect(dateAtStart('early 2016')).toBeUndefined();
  });
});

describe('year spans', () => {
  it('reads full and short spans and "to"', () => {
    expect(findPeriods('(2016-2020), 2016–20 and 2021 to 2025').map((p) => p.value)).toEqual([
      { from: 2016, to: 2020 },
      { from: 2016, to: 2020 },
      { from: 2021, to: 2025 },
    ]);
  });
});

describe('figures', () => {
  it('normalises scales and currencies', () => {
    expect(figure('1.4 trillion yuan')).toMatchObject({ value: 1.4e12, unit: 'CNY', step: 0.05e12 });
    expect(figure('RMB 1.4tn')).toMatchObject({ value: 1.4e12, unit: 'CNY' });
    expect(figure('US$280 million')).toMatchObject({ value: 280e6, unit: 'USD', step: 5e6 });
    expect(figure('HK$4.2bn')).toMatchObject({ value: 4.2e9, unit: 'HKD' });
    expect(figure('CN¥312.694 billion')).toMatchObject({ value: 312.694e9, unit: 'CNY' });
    expect(figure('about 30 billion U.S. dollars')).toMatchObject({ value: 30e9, unit: 'USD', bound: 'about' });
    expect(figure('2.19万亿元')).toMatchObject({ value: 2.19e12, unit: 'CNY', step: 0.005e12 });
  });
  it('reads counted things and their bounds', () => {
    expect(figure('12.5m people')).toMatchObject({ value: 12.5e6, unit: 'people', step: 50_000 });
    expect(figure('12.5 million residents')).toMatchObject({ value: 12.5e6, unit: 'people' });
    expect(figure('more than 170,000 employees')).toMatchObject({ value: 170_000, unit: 'employees', bound: 'over', step: 5_000 });
    expect(figure('188,000 staff')).toMatchObject({ step: 500, unit: 'employees' });
    expect(figure('12.5m')).toMatchObject({ value: 12.5e6, unit: undefined, scaled: true });
  });
  it('skips percentages and years, and a figure with two currencies', () => {
    expect(findFigures('grew 5.6% in 2023, or 7 percent')).toEqual([]);
    expect(findFigures('$5 billion yuan')).toEqual([]);
  });
});
