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
    value: 12_520_000,
    unit: 'people',
    year: 2023,
    source: 'https://www.ehangzhou.gov.cn/2024-02/27/c_288853.htm',
    note: 'permanent residents, end of year',
  },
  gdp: { value: 2_005_900_000_000, unit: 'CNY', year: 2023, source: 'https://z.hangzhou.com.cn/2024/hzslh/content/content_8680247.html' },
  knownFor: ['e-commerce', 'digital payments', 'cloud computing', 'security cameras', 'gaming'],
  zones: ['zone:binjiang', 'zone:future-sci-tech-city'],
  related: ['company:alibaba', 'company:ant-group', 'company:netease', 'company:hikvision', 'zone:yangtze-river-delta'],
  sources: [
    'https://wiki.riteme.site/wiki/Hangzou',
    'https://world.wikisort.org/china/en/China/Hangzhou',
    'https://www.ehangzhou.gov.cn/2024-02/27/c_288853.htm',
    'https://z.hangzhou.com.cn/2024/hzslh/content/content_8680247.html',
  ],
  disputed: [
    {
      field: 'gdp',
      values: [
        { value: '2,005.9 billion yuan (2023)', source: 'https://z.hangzhou.com.cn/2024/hzslh/content/content_8680247.html' },
        { value: '2.18 trillion yuan (2023)', source: 'https://govt.chinadaily.com.cn/s/202503/03/WS67cb05f3498eec7e1f731376/hangzhous-population-rides-decade-long-growth-curve.html' },
      ],
      note: 'The first is the city statistics bureau’s January 2024 release; the later China Daily article gives a higher 2023 figure without saying whether it is a revision.',
    },
  ],
} satisfies City;
