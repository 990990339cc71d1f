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
    value: 4_400_000_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://german.beijing.gov.cn/beijinginfo/facts/economy/202312/t20231204_3489381.html',
    note: 'about 4.4 trillion; the source rounds',
  },
  knownFor: ['artificial intelligence', 'internet platforms', 'research universities', 'government and state-owned enterprises'],
  zones: ['zone:zhongguancun', 'zone:haidian'],
  related: ['city:tianjin', 'zone:xiongan', 'company:baidu', 'company:bytedance', 'company:xiaomi', 'company:lenovo'],
  sources: [
    'https://www.shine.cn/news/nation/2203022589/',
    'https://indico.pku.edu.cn/event/21/page/31-beijing',
    'https://german.beijing.gov.cn/beijinginfo/facts/202007/t20200706_1939976.html',
    'https://german.beijing.gov.cn/beijinginfo/facts/economy/202312/t20231204_3489381.html',
  ],
} satisfies City;
