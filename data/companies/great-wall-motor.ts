import type { Company } from '../../src/data/schema';

export default {
  id: 'company:great-wall-motor',
  kind: 'company',
  name: 'Great Wall Motor',
  names: { zh: '长城汽车', zhHant: '長城汽車', pinyin: 'Chángchéng Qìchē' },
  aliases: [
    'Great Wall Motors',
    'Great Wall Motor Company',
    { text: 'GWM', exactCase: true },
    { text: 'Great Wall', needsContext: 'other-entity' },
  ],
  summary:
    'Privately controlled carmaker from Baoding, Hebei, best known for pickups and SUVs under the Haval, Wey, Tank and Ora brands; built up under chairman Wei Jianjun since 1990.',
  founded: {
    value: 1984,
    source: 'https://carnewschina.com/2021/09/19/the-big-read-story-of-great-wall-motor-part-1/',
    note: 'as Great Wall Industry Company',
  },
  headquarters: 'city:baoding',
  founders: ['Wei Deliang'],
  sectors: ['automobiles', 'suvs and pickups', 'electric vehicles'],
  listings: [
    { exchange: 'HKEX', ticker: '2333', since: 2003 },
    { exchange: 'SSE', ticker: '601633', since: 2010 },
  ],
  revenue: {
    value: 173_210_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Great_Wall_Motor',
  },
  employees: {
    value: 82439,
    unit: 'employees',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Great_Wall_Motor',
  },
  related: ['city:baoding', 'company:byd', 'company:geely'],
  sources: [
    'https://en.wikipedia.org/wiki/Great_Wall_Motor',
    'https://www.weekinchina.com/2012/05/great-wall-motors/',
    'https://carnewschina.com/2021/09/19/the-big-read-story-of-great-wall-motor-part-1/',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 1984, source: 'https://carnewschina.com/2021/09/19/the-big-read-story-of-great-wall-motor-part-1/' },
        { value: 1976, source: 'https://carnewschina.com/2021/09/19/the-big-read-story-of-great-wall-motor-part-1/' },
      ],
      note: 'A repair workshop founded by Wei Deliang in 1976 began making its own vehicles as Great Wall Industry Company in 1984.',
    },
  ],
} satisfies Company;
