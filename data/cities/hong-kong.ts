import type { City } from '../../src/data/schema';

export default {
  id: 'city:hong-kong',
  kind: 'city',
  name: 'Hong Kong',
  names: { zh: '香港', pinyin: 'Xiānggǎng' },
  aliases: [
    { text: 'HK', exactCase: true, needsContext: 'abbreviation' },
    { text: 'HKSAR', exactCase: true },
    'Hong Kong SAR',
    'Hong Kong Special Administrative Region',
    'Hongkong',
  ],
  summary:
    'Special administrative region on the Pearl River estuary with its own laws and currency; an international finance centre and a major listing venue for Chinese tech firms.',
  province: 'SAR',
  population: {
    value: 7_288_167,
    unit: 'people',
    year: 2023,
    source: 'https://cia.gov/the-world-factbook/about/archives/2023/countries/hong-kong/summaries',
    note: 'estimate, CIA World Factbook',
  },
  knownFor: ['finance', 'stock listings', 'trade', 'logistics'],
  zones: [],
  related: ['city:shenzhen', 'city:macau', 'zone:greater-bay-area', 'zone:qianhai'],
  sources: [
    'https://en.wikipedia.org/wiki/Hong_Kong',
    'https://cia.gov/the-world-factbook/about/archives/2023/countries/hong-kong/summaries',
    'https://www.bayarea.gov.hk/en/about/hongkong.html',
  ],
} satisfies City;
