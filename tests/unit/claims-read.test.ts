/** Claim reading: tying a value to the right entity, and saying nothing when in doubt. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/claims/index';
import { read } from './claims-fixtures';

const short = (text: string) => read(text).map((c) => `${c.id} ${c.field} ${c.text}`);

describe('tying a value to its entity', () => {
  it('reads the subject of a passive verb, with a by-phrase and a place between', () => {
    expect(short('Alibaba was founded in 1999.')).toEqual(['company:alibaba founded 1999']);
    expect(short('Alibaba was founded by Jack Ma in Hangzhou in 1999.')).toEqual([
      'company:alibaba founders Jack Ma',
      'company:alibaba founded 1999',
    ]);
  });
  it('reads an apposition and a relative clause', () => {
    expect(short('Tencent, which was founded in November 1998, grew fast.')).toEqual(['company:tencent founded November 1998']);
    expect(short('Tencent, the Shenzhen messaging giant, was founded in 1998.')).toEqual(['company:tencent founded 1998']);
    expect(short('Alibaba, headquartered in Hangzhou, was founded in 1999.')).toEqual([
      'company:alibaba headquarters Hangzhou',
      'company:alibaba founded 1999',
    ]);
  });
  it('reads a fronted participle and the object of an active verb', () => {
    expect(short('Founded in 2011, Ningde-based battery maker CATL now leads the market.')).toEqual([
      'company:catl founded 2011',
      'company:catl headquarters Ningde',
    ]);
    expect(short('Jack Ma founded Alibaba in 1999.')).toEqual(['company:alibaba founders Jack Ma', 'company:alibaba founded 1999']);
  });
  it('reads a possessive figure with its year', () => {
    const [c] = read("Hangzhou's population of 12.5m people in 2023 kept growing.");
    expect(c).toMatchObject({
      id: 'city:hangzhou',
      field: 'population',
      text: '12.5m people',
      page: { value: 12.5e6, unit: 'people', year: 2023 },
    });
    expect(read("Hangzhou's GDP reached RMB 2tn in 2023.")[0]).toMatchObject({
      field: 'gdp',
      page: { unit: 'CNY', value: 2e12, year: 2023 },
    });
  });
  it('reads "-based" and "headquartered in" places, and "X, where Y is headquartered"', () => {
    expect(short('Hangzhou-based e-commerce giant Alibaba reported results.')).toEqual(['company:alibaba headquarters Hangzhou']);
    expect(short('Tencent is based in Shenzhen.')).toEqual(['company:tencent headquarters Shenzhen']);
    expect(short('Talks were held in Hangzhou, where Alibaba is headquartered.')).toEqual(['company:alibaba headquarters Hangzhou']);
  });
  it('reads listings with venue, date or both', () => {
    expect(read('Alibaba listed in Hong Kong in 2019.')[0]).toMatchObject({
      field: 'listing',
      text: 'Hong Kong in 2019',
      page: { venue: { exchanges: ['HKEX'] }, date: { year: 2019 } },
    });
    expect(read('Hong Kong-listed Tencent rose.')[0]).toMatchObject({ field: 'listing', page: { venue: { exchanges: ['HKEX'] } } });
    expect(read("Alibaba's IPO in New York in 2014 was a record.")[0]).toMatchObject({
      page: { venue: { exchanges: ['NYSE', 'NASDAQ'] } },
    });
  });
  it('reads founders lists, exhaustive or not', () => {
    expect(read('Tencent was founded by Ma Huateng and Zhang Zhidong.')[0]!.page).toEqual({
      names: ['Ma Huateng', 'Zhang Zhidong'],
      exhaustive: true,
    });
    expect(read('Tencent was co-founded by Ma Huateng.')[0]!.page).toEqual({ names: ['Ma Huateng'], exhaustive: false });
    expect(read('Alibaba was founded by Jack Ma and 17 friends.')[0]!.page).toEqual({ names: ['Jack Ma'], exhaustive: false });
    expect(read('Tencent was founded by Ma Huateng, Zhang Zhidong, and Chen Yidan.')[0]!.page).toEqual({
      names: ['Ma Huateng', 'Zhang Zhidong', 'Chen Yidan'],
      exhaustive: true,
    });
  });
  it('reads a policy period and a designation', () => {
    expect(short('The 13th Five-Year Plan (2016–2020) set targets.')).toEqual(['policy:13th-five-year-plan period 2016–2020']);
    expect(short('Shenzhen became a Special Economic Zone in 1980.')).toEqual(['policy:special-economic-zones designation 1980']);
    expect(read('Shenzhen became a Special Economic Zone in 1980.')[0]!.page).toMatchObject({ place: { id: 'city:shenzhen' } });
  });
  it('finds a designation named by what the place became ("pilot cities")', () => {
    expect(short('In April 2016, the government designated Hangzhou as one of ten cross-border e-commerce pilot cities.')).toEqual([
      'policy:cross-border-ecommerce-zones designation April 2016',
    ]);
  });
});

describe('robustness', () => {
  it('reads every prefix of the claim set without throwing', () => {
    const texts = readFileSync(path.resolve(__dirname, 'fixtures/claims.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const text of texts) {
      for (let cut = 1; cut <= text.length; cut += 5) {
        expect(() => findClaims(text.slice(0, cut), undefined, { parse: () => [] })).not.toThrow();
      }
    }
  }, 120_000);
});

describe('back-references', () => {
  it('resolves "the city" and "the company" to the one entity of that kind earlier in the paragraph', () => {
    const text =
      'Hangzhou is home to Alibaba. In April 2016, the government designated the city as one of ten cross-border e-commerce pilot cities.';
    expect(read(text)[0]!.page).toMatchObject({ place: { id: 'city:hangzhou' } });
    expect(short('Alibaba grew fast. The company was founded in 1999.')).toEqual(['company:alibaba founded 1999']);
  });
  it('does not resolve across a paragraph, nor when two entities of the kind came before', () => {
    expect(read('Alibaba grew fast.\n\nThe company was founded in 1999.')).toEqual([]);
    expect(read('Alibaba and Tencent grew fast. The company was founded in 1999.')).toEqual([]);
  });
  it('resolves "it" only for the kind the statement needs', () => {
    expect(short('Alibaba is headquartered in Hangzhou. It was founded in 1999.')).toEqual([
      'company:alibaba headquarters Hangzhou',
      'company:alibaba founded 1999',
    ]);
  });
});

describe('saying nothing when in doubt', () => {
  const none = (text: string) => expect(read(text), text).toEqual([]);
  it('two candidates of the same kind', () => {
    none('Alibaba and Tencent were founded in 1999 and 1998.');
    none("Tencent, Alibaba's rival, was founded in 1999.");
    none('A unit of Alibaba was founded in 2009.');
  });
  it('negation, future, modal and conditional', () => {
    none('Alibaba was not founded in 2001.');
    none('Alibaba will list in Hong Kong in 2019.');
    none('Alibaba could be founded in 2012.');
    none('If Jack Ma had founded Alibaba in 2001, it would have failed.');
    none('Alibaba plans to list in Shanghai in 2027.');
  });
  it('hedged or distant dates', () => {
    none('Alibaba was founded in about 1999.');
    none('Alibaba was founded in the early 2000s.');
    const far = 'Alibaba was founded by Jack Ma, who had taught English for years before he moved back in 1995.';
    expect(read(far).map((c) => c.field)).toEqual(['founders']);
  });
  it('a unit named like its parent, and a surname with a title', () => {
    none("Alibaba's cloud unit, Alibaba Cloud, was founded in 2009.");
    expect(read('Mr Ma, an engineer who founded Tencent, spoke.').filter((c) => c.field === 'founders')).toEqual([]);
  });
  it('quoted opinions', () => {
    none('"Alibaba was founded in 2003," one blogger wrote.');
  });
  it('generic names and reorganisations', () => {
    none('Policies centre on the five-year plan launched in 2015.');
    none('Alibaba was formed in 2015 through the merger of two units.');
  });
  it('figures that count something else or have two years', () => {
    none("Hangzhou's urban population of 10m in 2023 grew.");
    none("Hangzhou's GDP of 2 trillion yuan in 2023 was up from 2022.");
  });
});
