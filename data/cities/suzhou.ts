import type { City } from '../../src/data/schema';

export default {
  id: 'city:suzhou',
  kind: 'city',
  name: 'Suzhou',
  names: { zh: '苏州', zhHant: '蘇州', pinyin: 'Sūzhōu' },
  aliases: ['Soochow', 'Suchow', 'Suzhou City'],
  summary:
    'Jiangsu manufacturing powerhouse next to Shanghai, famous for classical gardens and for foreign-invested electronics and biotech plants.',
  province: 'Jiangsu',
  population: {
    value: 12_958_000,
    unit: 'people',
    year: 2023,
    source: 'https://m.lejucaijing.com/news-7174318415745316374.html',
    note: 'permanent residents, end of year',
  },
  gdp: { value: 1_860_000_000_000, unit: 'CNY', year: 2018, source: 'https://worddisk.com/wiki/Suzhou/' },
  knownFor: ['electronics manufacturing', 'biomedicine', 'nanotechnology', 'textiles'],
  zones: ['zone:suzhou-industrial-park'],
  related: ['city:shanghai', 'city:wuxi', 'zone:yangtze-river-delta'],
  sources: [
    'https://nextcloud.domilabs.xyz/content/wikipedia_en_top_mini_2025-09/Suzhou%2C_Jiangsu',
    'https://worddisk.com/wiki/Suzhou/',
    'https://m.lejucaijing.com/news-7174318415745316374.html',
  ],
  disputed: [
    {
      field: 'population',
      values: [
        { value: 12_748_252, source: 'https://nextcloud.domilabs.xyz/content/wikipedia_en_top_mini_2025-09/Suzhou%2C_Jiangsu' },
        { value: 12_748_262, source: 'https://www.factsnippet.com/site/facts-about-suzhou.html' },
      ],
      note: 'Both give the 2020 census count; they differ in one digit.',
    },
  ],
} satisfies City;
