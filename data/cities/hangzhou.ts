import type { City } from '../../src/data/schema';

export default {
  id: 'city:hangzhou',
  kind: 'city',
  name: 'Hangzhou',
  names: { zh: '杭州', pinyin: 'Hángzhōu' },
  aliases: ['Hangchow', 'Hang-chou', 'Hangzhou City'],
  summary:
    'Capital of Zhejiang at the head of Hangzhou Bay; home of Alibaba and a leading centre for e-commerce, digital payments and video surveillance.',
  province: 'Zhejiang',
  population: {
    value: 12_620_000,
    unit: 'people',
    year: 2024,
    source:
      'https://govt.chinadaily.com.cn/s/202503/03/WS67cb05f3498eec7e1f731376/hangzhous-population-rides-decade-long-growth-curve.html',
    note: 'permanent residents, end of year (Zhejiang Provincial Bureau of Statistics)',
  },
  gdp: {
    value: 2_186_000_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://en.wikipedia.org/wiki/Hangzhou',
    note: 'infobox of the June 2025 version; the 2024 total',
  },
  knownFor: ['e-commerce', 'digital payments', 'cloud computing', 'security cameras', 'gaming'],
  zones: ['zone:binjiang', 'zone:future-sci-tech-city', 'zone:yuhang'],
  related: ['company:alibaba', 'company:ant-group', 'company:netease', 'company:hikvision', 'zone:yangtze-river-delta'],
  sources: [
    'https://en.wikipedia.org/wiki/Hangzhou',
    'https://govt.chinadaily.com.cn/s/202503/03/WS67cb05f3498eec7e1f731376/hangzhous-population-rides-decade-long-growth-curve.html',
  ],
} satisfies City;
