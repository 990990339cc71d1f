import type { City } from '../../src/data/schema';

export default {
  id: 'city:beijing',
  kind: 'city',
  name: 'Beijing',
  names: { zh: '北京', pinyin: 'Běijīng' },
  aliases: ['Peking', 'Peiping', 'Beijing Municipality', 'Beijing City'],
  summary:
    'China’s capital and a directly administered municipality; its universities and the Zhongguancun cluster make it the country’s largest base for AI research and internet firms.',
  province: 'municipality',
  population: {
    value: 21_858_000,
    unit: 'people',
    year: 2023,
    source: 'https://german.beijing.gov.cn/beijinginfo/facts/202007/t20200706_1939976.html',
    note: 'permanent residents, end of year',
  },
  gdp: {
    value: 5_207_340_000_000,
    unit: 'CNY',
    year: 2025,
    source: 'https://japanese.beijing.gov.cn/beijinginfo/facts/economy/202601/t20260123_4458932.html',
    note: 'Beijing Municipal Bureau of Statistics',
  },
  knownFor: ['artificial intelligence', 'internet platforms', 'research universities', 'government and state-owned enterprises'],
  zones: ['zone:zhongguancun', 'zone:haidian', 'zone:beijing-e-town'],
  related: ['city:tianjin', 'zone:xiongan', 'company:baidu', 'company:bytedance', 'company:xiaomi', 'company:lenovo'],
  sources: [
    'https://www.shine.cn/news/nation/2203022589/',
    'https://german.beijing.gov.cn/beijinginfo/facts/202007/t20200706_1939976.html',
    'https://japanese.beijing.gov.cn/beijinginfo/facts/economy/202601/t20260123_4458932.html',
    'https://en.people.cn/n3/2026/0121/c90000-20417012.html',
  ],
} satisfies City;
