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
    value: 7_527_500,
    unit: 'people',
    year: 2025,
    source: 'https://en.people.cn/n3/2025/0815/c90000-20353373.html',
    note: 'mid-year, Census and Statistics Department',
  },
  knownFor: ['finance', 'stock listings', 'trade', 'logistics'],
  zones: [],
  related: ['city:shenzhen', 'city:macau', 'zone:greater-bay-area', 'zone:qianhai'],
  sources: [
    'https://en.wikipedia.org/wiki/Hong_Kong',
    'https://en.people.cn/n3/2025/0815/c90000-20353373.html',
    'https://www.bayarea.gov.hk/en/about/hongkong.html',
  ],
} satisfies City;
