/**
 * A small world for the fact-check tests, so they do not break when a figure in data/ is updated.
 * Names are real (the detector must find them), facts are chosen for the rules under test.
 */
import type { City, Company, Entity, Policy, Zone } from '../../src/data/schema';
import { checkClaims, findClaims } from '../../src/claims/index';
import type { CheckedClaim, Claim } from '../../src/claims/types';
import { createDetector } from '../../src/detect/detector';
import { compromiseTagger } from '../../src/detect/tagger-compromise';

export const SRC = 'https://example.org/source' as const;
export const SRC2 = 'https://example.org/other' as const;
export const TODAY = new Date('2026-12-02T00:00:00Z');

const base = { names: { zh: '测试' }, summary: 'A test entity.', related: [], sources: [SRC] } as const;

const hangzhou: City = {
  ...base,
  id: 'city:hangzhou',
  kind: 'city',
  name: 'Hangzhou',
  aliases: [],
  province: 'Zhejiang',
  population: { value: 12_520_000, unit: 'people', year: 2023, source: SRC },
  gdp: { value: 2_005_900_000_000, unit: 'CNY', year: 2023, source: SRC },
  knownFor: [],
  zones: ['zone:binjiang'],
  disputed: [
    {
      field: 'gdp',
      values: [
        { value: '2,005.9 billion yuan (2023)', source: SRC },
        { value: '2.18 trillion yuan (2023)', source: SRC2 },
      ],
    },
  ],
};
const shenzhen: City = {
  ...base,
  id: 'city:shenzhen',
  kind: 'city',
  name: 'Shenzhen',
  aliases: [],
  province: 'Guangdong',
  knownFor: [],
  zones: [],
};
const beijing: City = {
  ...base,
  id: 'city:beijing',
  kind: 'city',
  name: 'Beijing',
  aliases: ['Peking'],
  province: 'municipality',
  knownFor: [],
  zones: [],
  population: { value: 21_858_000, unit: 'people', year: 2025, source: SRC },
};
const binjiang: Zone = {
  ...base,
  id: 'zone:binjiang',
  kind: 'zone',
  name: 'Binjiang',
  aliases: [],
  zoneType: 'district',
  city: 'city:hangzhou',
  focus: [],
  established: { value: 1996, source: SRC },
};
const alibaba: Company = {
  ...base,
  id: 'company:alibaba',
  kind: 'company',
  name: 'Alibaba Group',
  aliases: ['Alibaba'],
  founded: { value: 1999, source: SRC, note: 'Hangzhou' },
  headquarters: 'city:hangzhou',
  founders: ['Jack Ma'],
  sectors: [],
  listings: [
    { exchange: 'NYSE', ticker: 'BABA', since: 2014 },
    { exchange: 'HKEX', ticker: '9988', since: 2019 },
  ],
  revenue: { value: 941_168_000_000, unit: 'CNY', year: 2024, source: SRC },
  employees: { value: 204_891, unit: 'employees', year: 2025, source: SRC },
};
const tencent: Company = {
  ...base,
  id: 'company:tencent',
  kind: 'company',
  name: 'Tencent',
  aliases: [],
  founded: { value: 1998, source: SRC, note: 'November 1998, Shenzhen' },
  headquarters: 'city:shenzhen',
  founders: ['Ma Huateng (Pony Ma)', 'Zhang Zhidong'],
  sectors: [],
  listings: [{ exchange: 'HKEX', ticker: '0700', since: 2004 }],
};
const catl: Company = {
  ...base,
  id: 'company:catl',
  kind: 'company',
  name: 'CATL',
  aliases: [{ text: 'CATL', exactCase: true }],
  founded: { value: 2011, source: SRC },
  headquarters: 'Ningde',
  founders: ['Robin Zeng (Zeng Yuqun)'],
  sectors: [],
  listings: [{ exchange: 'SZSE', ticker: '300750', since: 2018 }],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2011, source: SRC },
        { value: 2012, source: SRC2 },
      ],
    },
  ],
};
const lenovo: Company = {
  ...base,
  id: 'company:lenovo',
  kind: 'company',
  name: 'Lenovo',
  aliases: [],
  founded: { value: 1984, source: SRC, note: '1 November 1984 in Beijing, as Legend; renamed Lenovo in 2004' },
  headquarters: 'city:beijing',
  founders: ['Liu Chuanzhi'],
  sectors: [],
  listings: [],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Beijing', source: SRC },
        { value: 'Hong Kong (place of incorporation)', source: SRC2 },
      ],
    },
  ],
};
const pilotZones: Policy = {
  ...base,
  id: 'policy:cross-border-ecommerce-zones',
  kind: 'policy',
  name: 'Cross-Border E-Commerce Comprehensive Pilot Zones',
  aliases: ['cross-border e-commerce pilot zone', 'cross-border e-commerce pilot zones'],
  year: { value: 2015, source: SRC, note: 'Hangzhou zone approved on 12 March 2015' },
  issuer: 'State Council',
  goals: [],
  designations: [
    { place: 'city:hangzhou', value: 2015, source: SRC, note: 'March 2015; the first zone' },
    { place: 'city:shenzhen', value: 2016, source: SRC2, note: 'January 2016 batch of twelve' },
  ],
};
const sez: Policy = {
  ...base,
  id: 'policy:special-economic-zones',
  kind: 'policy',
  name: 'Special Economic Zones',
  aliases: ['Special Economic Zone'],
  year: { value: 1980, source: SRC, note: 'NPC approval on 26 August 1980' },
  issuer: 'NPC',
  goals: [],
  designations: [{ place: 'city:shenzhen', value: 1980, source: SRC, note: 'August 1980; the first' }],
};
const plan13: Policy = {
  ...base,
  id: 'policy:13th-five-year-plan',
  kind: 'policy',
  name: '13th Five-Year Plan',
  aliases: ['13th Five Year Plan'],
  year: { value: 2016, source: SRC, note: 'approved on 16 March 2016' },
  issuer: 'NPC',
  period: { from: 2016, to: 2020 },
  goals: [],
};
const plans: Policy = {
  ...base,
  id: 'policy:five-year-plans',
  kind: 'policy',
  name: 'Five-Year Plans',
  aliases: ['five-year plan'],
  year: { value: 1953, source: SRC },
  issuer: 'NPC',
  goals: [],
};

export const WORLD: readonly Entity[] = [
  hangzhou,
  shenzhen,
  beijing,
  binjiang,
  alibaba,
  tencent,
  catl,
  lenovo,
  pilotZones,
  sez,
  plan13,
  plans,
];

const detector = createDetector(() => WORLD);
export const mentionsIn = (text: string) => detector.findMentions(text, undefined, compromiseTagger);

/** Claims read in `text` against the fixture world, with the text of each value. */
export function read(text: string): (Claim & { text: string })[] {
  return findClaims(text, mentionsIn(text), { entities: WORLD }).map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

export function check(text: string): (CheckedClaim & { text: string })[] {
  return checkClaims(text, mentionsIn(text), { entities: WORLD, today: TODAY }).map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

/** The one claim of a field in `text`, judged. */
export function verdictOf(text: string, field: string): string | undefined {
  const found = check(text).filter((c) => c.field === field);
  if (found.length > 1) throw new Error(`${found.length} ${field} claims in: ${text}`);
  return found[0]?.verdict;
}
