/** Judging claims against fixture data: each rule in src/claims/judge.ts. */
import { describe, expect, it } from 'vitest';
import { compareDates, compareFigure, factDate } from '../../src/claims/judge';
import { check, SRC, SRC2, verdictOf } from './claims-fixtures';

describe('dates', () => {
  it('a year agrees with any date in that year; a month with the same month or a bare year', () => {
    expect(compareDates({ precision: 'year', year: 2015 }, { precision: 'day', year: 2015, month: 3, day: 12 })).toBe('agrees');
    expect(compareDates({ precision: 'month', year: 2015, month: 3 }, { precision: 'year', year: 2015 })).toBe('agrees');
    expect(compareDates({ precision: 'month', year: 2015, month: 4 }, { precision: 'month', year: 2015, month: 3 })).toBe('contradicts');
    expect(compareDates({ precision: 'year', year: 2016 }, { precision: 'year', year: 2015 })).toBe('contradicts');
    expect(compareDates({ precision: 'day', year: 2015, month: 3, day: 13 }, { precision: 'day', year: 2015, month: 3, day: 12 })).toBe(
      'unknown',
    );
  });
  it("takes the data's month from the fact's note only when the note gives one date in that year", () => {
    expect(factDate({ value: 2015, source: SRC, note: 'approved on 12 March 2015' })).toEqual({
      precision: 'day',
      year: 2015,
      month: 3,
      day: 12,
    });
    expect(factDate({ value: 2016, source: SRC, note: 'adopted 7 November 2016, in force 1 June 2017' })).toMatchObject({ month: 11 });
    expect(factDate({ value: 2019, source: SRC, note: 'launched June 2019; first listings 22 July 2019' })).toEqual({
      precision: 'year',
      year: 2019,
    });
  });
  it('judges founding dates with data, source and disputes', () => {
    expect(check('Alibaba was founded in 1999.')[0]).toMatchObject({ verdict: 'agrees', data: '1999', source: SRC });
    expect(check('Tencent was founded in December 1998.')[0]).toMatchObject({ verdict: 'contradicts', data: 'November 1998' });
    expect(check('CATL was founded in 2012.')[0]).toMatchObject({ verdict: 'disputed', source: SRC2 });
    expect(verdictOf('CATL was founded in 2015.', 'founded')).toBe('contradicts');
    expect(verdictOf('The 13th Five-Year Plan was approved in 2017.', 'year')).toBe('contradicts');
    // A year the note records for another milestone dates another event.
    expect(verdictOf('Lenovo was founded in 2004.', 'founded')).toBe('unknown');
    expect(verdictOf('Lenovo was founded in 2005.', 'founded')).toBe('contradicts');
  });
});

describe('figures', () => {
  const fig = (value: number, step: number, bound: 'exact' | 'about' | 'over' | 'under' = 'exact') => ({
    value,
    step,
    bound,
    unit: 'people' as const,
  });
  it('agrees within the rounding the page writes, contradicts beyond the gap, else unknown', () => {
    expect(compareFigure(fig(12.5e6, 0.05e6), 12_534_000)).toBe('agrees');
    expect(compareFigure(fig(1.4e12, 0.05e12), 1.43e12)).toBe('agrees');
    expect(compareFigure(fig(12.0e6, 0.05e6), 12_534_000)).toBe('unknown');
    expect(compareFigure(fig(15.2e6, 0.05e6), 12_534_000)).toBe('contradicts');
    expect(compareFigure(fig(170_000, 5_000, 'over'), 207_000)).toBe('agrees');
    expect(compareFigure(fig(300_000, 50_000, 'over'), 207_000)).toBe('contradicts');
    expect(compareFigure(fig(13e6, 0.5e6, 'about'), 12.52e6)).toBe('agrees');
  });
  it('compares only the same year; without a year, only a figure of this or last year', () => {
    expect(verdictOf("Hangzhou's population reached 12.5 million in 2023.", 'population')).toBe('agrees');
    expect(verdictOf("Hangzhou's population reached 15.2 million in 2023.", 'population')).toBe('contradicts');
    expect(verdictOf("Hangzhou's population reached 15.2 million in 2021.", 'population')).toBe('unknown');
    expect(verdictOf("Hangzhou's population of 15.2 million is growing.", 'population')).toBe('unknown');
    expect(verdictOf("Beijing's population of 21.9 million is growing.", 'population')).toBe('agrees');
  });
  it('reads "exceeded" as a lower bound', () => {
    expect(verdictOf("Hangzhou's GDP exceeded 1.5 trillion yuan in 2023.", 'gdp')).toBe('agrees');
    expect(verdictOf("Hangzhou's GDP exceeded 3 trillion yuan in 2023.", 'gdp')).toBe('contradicts');
  });
  it('never compares across currencies', () => {
    expect(verdictOf("Hangzhou's GDP reached US$280 billion in 2023.", 'gdp')).toBe('unknown');
  });
  it('gives disputed when a recorded source gives the page figure', () => {
    expect(check("Hangzhou's GDP reached 2.18 trillion yuan in 2023.")[0]).toMatchObject({ verdict: 'disputed', source: SRC2 });
  });
});

describe('places, listings, founders, periods, designations', () => {
  it('headquarters: same city or a zone inside it agrees, another city contradicts, the province is unknown', () => {
    expect(verdictOf('Hangzhou-based Alibaba grew.', 'headquarters')).toBe('agrees');
    expect(verdictOf('Binjiang-based Alibaba grew.', 'headquarters')).toBe('agrees');
    expect(verdictOf('Shenzhen-based Alibaba grew.', 'headquarters')).toBe('contradicts');
    expect(verdictOf('Zhejiang-based Alibaba grew.', 'headquarters')).toBe('unknown');
    expect(verdictOf('Ningde-based CATL grew.', 'headquarters')).toBe('agrees');
    expect(verdictOf('Shenzhen-based CATL grew.', 'headquarters')).toBe('contradicts');
    expect(verdictOf('Fujian-based CATL grew.', 'headquarters')).toBe('unknown');
    expect(verdictOf('Hong Kong-based Lenovo grew.', 'headquarters')).toBe('disputed');
  });
  it('listings: venue names normalised, a year on a listed venue must match, an unlisted venue is unknown', () => {
    expect(verdictOf('Alibaba listed on the Hong Kong Stock Exchange in 2019.', 'listing')).toBe('agrees');
    expect(verdictOf('Alibaba listed on HKEX in 2019.', 'listing')).toBe('agrees');
    expect(verdictOf('Alibaba listed in Hong Kong in 2018.', 'listing')).toBe('contradicts');
    expect(verdictOf('Alibaba listed in London in 2018.', 'listing')).toBe('unknown');
    expect(verdictOf('Alibaba went public in 2014.', 'listing')).toBe('agrees');
    expect(verdictOf('Alibaba went public in 2007.', 'listing')).toBe('unknown');
  });
  it('founders: all listed agree; an unlisted name is unknown unless the list is exhaustive and none matches', () => {
    expect(verdictOf('Tencent was founded by Pony Ma.', 'founders')).toBe('agrees');
    expect(verdictOf('Tencent was founded by Ma Huateng and Zhang Zhidong.', 'founders')).toBe('agrees');
    expect(verdictOf('Tencent was founded by Pony Ma and Chen Yidan.', 'founders')).toBe('unknown');
    expect(verdictOf('Tencent was co-founded by Jack Ma.', 'founders')).toBe('unknown');
    expect(verdictOf('Tencent was founded by Jack Ma.', 'founders')).toBe('contradicts');
    expect(verdictOf('CATL was founded by Zeng Yuqun.', 'founders')).toBe('agrees');
  });
  it('periods: both ends must match', () => {
    expect(verdictOf('The 13th Five-Year Plan (2016-2020) set targets.', 'period')).toBe('agrees');
    expect(verdictOf('The 13th Five-Year Plan (2016-2021) set targets.', 'period')).toBe('contradicts');
  });
  it("designations: the place's own date decides; a place not recorded is unknown", () => {
    expect(check('Shenzhen became a Special Economic Zone in 1980.')[0]).toMatchObject({ verdict: 'agrees', data: 'August 1980' });
    expect(check('In April 2016, the government designated Hangzhou as one of ten cross-border e-commerce pilot cities.')[0]).toMatchObject(
      {
        verdict: 'contradicts',
        data: 'March 2015',
        source: SRC,
      },
    );
    expect(
      verdictOf(
        'In January 2016, the government designated Shenzhen as one of twelve new cross-border e-commerce pilot cities.',
        'designation',
      ),
    ).toBe('agrees');
    expect(verdictOf('Beijing became a Special Economic Zone in 1980.', 'designation')).toBe('unknown');
  });
});

describe('the service-worker entry', () => {
  it('gives the same judged claims as the Node entry, loading compromise only when needed', async () => {
    const { createClaimChecker } = await import('../../src/claims/worker');
    const { WORLD, mentionsIn, TODAY } = await import('./claims-fixtures');
    const checker = createClaimChecker(() => WORLD);
    const text = 'Shenzhen-based Alibaba was founded in 2001 by Jack Ma.';
    const got = await checker.check(text, mentionsIn(text), TODAY);
    expect(got.map((c) => [c.field, c.verdict])).toEqual(check(text).map((c) => [c.field, c.verdict]));
    expect(await checker.check('Nothing here.', [], TODAY)).toEqual([]);
  });
});
