/**
 * Rules of the language the detector follows, each class with examples written for this repository
 * (not the passages it is measured on): places that exist elsewhere, generic words, currency codes and
 * tickers, people and landmarks named like our entities, other countries' plans, variants of names, a
 * place inside a longer name, and abbreviations a text defines for itself.
 */
import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../src/data/schema';
import { findMentions } from '../../src/detect/index';

const found = (text: string, abbreviations?: Map<string, EntityId | null>): string[] =>
  findMentions(text, abbreviations ? { abbreviations } : undefined).map((m) => `${m.text}=${m.id}`);

describe('a place name that exists elsewhere needs China in view', () => {
  it('leaves a town of that name in the United States alone', () => {
    expect(found('The Hall of Fame sits in Canton, a city in Stark County, Ohio.')).toEqual([]);
    expect(found('Police in Canton said the road would reopen; Milton and Canton share a school district.')).toEqual([]);
  });
  it('keeps the old name of Guangzhou where China is in view', () => {
    expect(found('Traders sailed to Canton, the great port of Guangdong, for tea.')).toContain('Canton=city:guangzhou');
    expect(found('The Canton Fair drew buyers to China again.')).toContain('Canton=city:guangzhou');
  });
});

describe('a generic word that equals an alias in lower case', () => {
  it('is no Greater Bay Area: another bay area, the plain words, or no China in view', () => {
    expect(found('Housing in the San Francisco Bay Area is dear.')).toEqual([]);
    expect(found('Two Bay Area venture firms led the round in Palo Alto.')).toEqual([]);
    expect(found('the city grew around its bay area, as every bay area does')).toEqual([]);
  });
  it('is the Greater Bay Area in a passage about southern China', () => {
    expect(found("Shenzhen and Guangzhou anchor China's Bay Area plan.")).toContain('Bay Area=zone:greater-bay-area');
  });
});

describe('currency codes and tickers', () => {
  it('reads HK$ as a currency and .HK as a ticker suffix, not as Hong Kong', () => {
    expect(found('The deal was worth HK$4.2bn, and the stock (0700.HK) rose.')).toEqual([]);
    expect(found('Tencent shares rose HK$3 in Hong Kong trading.')).toEqual(['Tencent=company:tencent', 'Hong Kong=city:hong-kong']);
  });
});

describe('people, stories, landmarks and other companies named like ours', () => {
  it('knows the woodcutter of the folk tale, spelt either way', () => {
    expect(found('In the folk tale, Alibaba the woodcutter finds the cave of the Forty Thieves.')).toEqual([]);
    expect(found('Alibaba reported higher cloud revenue this quarter.')).toEqual(['Alibaba=company:alibaba']);
  });
  it('knows the wall from the carmaker', () => {
    expect(found('We hiked the Great Wall at Mutianyu, past Ming watchtowers.')).toEqual([]);
    expect(found('Great Wall sold more pickups abroad, the carmaker said.')).toContain('Great Wall=company:great-wall-motor');
  });
  it('knows the creature of myth from the battery', () => {
    expect(found('The qilin, a creature of Chinese myth, is a kind of unicorn.')).toEqual([]);
  });
});

describe("other countries' plans", () => {
  it('leaves India’s, the Soviet Union’s and Malaysia’s plans alone, and numbered ones whose years are not China’s', () => {
    expect(found('Nehru launched India’s first Five-Year Plan in 1951.')).toEqual([]);
    expect(found('The Tenth Plan (2011-15) guided Malaysia’s economy.')).toEqual([]);
  });
  it('reads China’s plans by their number alone', () => {
    expect(found('China’s 12th Plan raised research spending.')).toEqual(['12th Plan=policy:five-year-plans']);
    expect(found('Beijing set out its Fourteenth Plan in 2021.')).toContain('Fourteenth Plan=policy:14th-five-year-plan');
  });
});

describe('variants of policy and company names', () => {
  it('reads coordinated ordinals as one plan each', () => {
    expect(found('China’s thirteenth and fourteenth five-year plans both stressed chips.')).toEqual([
      'thirteenth=policy:13th-five-year-plan',
      'fourteenth five-year plans=policy:14th-five-year-plan',
    ]);
  });
  it('takes a plan called a programme, a project or an initiative, and an ordinal before a name', () => {
    expect(found('The Thousand Talents Program recruited scientists.')).toEqual(['Thousand Talents Program=policy:thousand-talents-plan']);
    expect(found('The 863 Project funded chips.')).toEqual(['863 Project=policy:863-program']);
    expect(found('China published the Twelfth Five-Year Plan for National Economic and Social Development.')).toContain(
      'Five-Year Plan=policy:five-year-plans',
    );
  });
  it('reads a company name with its legal form', () => {
    expect(found('Alibaba Group Holding Ltd. and Xiaomi Corp. reported results.')).toEqual([
      'Alibaba Group Holding=company:alibaba',
      'Xiaomi Corp=company:xiaomi',
    ]);
  });
  it("keeps a zone whose city is named before it: Shenzhen's own Special Economic Zone", () => {
    expect(found('The Shenzhen Special Economic Zone opened in 1980.')).toEqual([
      'Shenzhen=city:shenzhen',
      'Special Economic Zone=policy:special-economic-zones',
    ]);
  });
  it('leaves a city inside a university, an exchange, a river or a hotel unmarked, in English and Chinese', () => {
    expect(found('She studied at Peking University and joined the Shenzhen Stock Exchange.')).toEqual([]);
    expect(found('A walk along Suzhou Creek (苏州河) in the Shanghai Hotel district.')).toEqual([]);
    expect(found('Suzhou makes more chips than ever.')).toEqual(['Suzhou=city:suzhou']);
  });
});

describe('abbreviations a text defines', () => {
  it('makes later uses of an abbreviation mentions of the entity it was defined for, in quotes too', () => {
    expect(found('The Belt and Road Initiative (BRI) grew. Critics of BRI projects in Kenya say they cost too much.')).toEqual([
      'Belt and Road Initiative=policy:belt-and-road',
      'BRI=policy:belt-and-road',
      'BRI=policy:belt-and-road',
    ]);
    expect(found('Huaqiangbei ("Huaqiang North" or "HQB") sells parts; HQB stalls open at nine.')).toContain('HQB=zone:huaqiangbei');
  });
  it('lets an abbreviation defined for something else win over the dataset’s alias', () => {
    expect(found('The Bank of England (BoE) raised rates; BoE officials spoke.')).toEqual([]);
  });
  it('keeps a definition across the pieces of one document, as a page is read paragraph by paragraph', () => {
    const page = new Map<string, EntityId | null>();
    expect(found('The Greater Bay Area (GHM-GBA) plan was announced.', page)).toContain('GHM-GBA=zone:greater-bay-area');
    expect(found('Investment in GHM-GBA rose by a fifth.', page)).toEqual(['GHM-GBA=zone:greater-bay-area']);
  });
});
