import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:yangtze-river-delta',
  kind: 'zone',
  name: 'Yangtze River Delta',
  names: { zh: '长江三角洲', zhHant: '長江三角洲', pinyin: 'Chángjiāng Sānjiǎozhōu' },
  aliases: [
    'Yangtze Delta',
    'Yangtze River Delta region',
    'Changjiang Delta',
    { text: 'YRD', exactCase: true, needsContext: 'abbreviation' },
    '长三角',
    '長三角',
  ],
  summary:
    'Economic region around Shanghai and the lower Yangtze, spanning Jiangsu, Zhejiang and Anhui; roughly a quarter of China’s GDP, with its integration a national strategy.',
  zoneType: 'region',
  cities: ['city:shanghai', 'city:nanjing', 'city:hangzhou', 'city:suzhou', 'city:hefei', 'city:wuxi', 'city:ningbo'],
  established: {
    value: 2018,
    source: 'https://global.chinadaily.com.cn/regional/2020-06/01/content_37536491.htm',
    note: 'integration raised to a national strategy; city cooperation dates back to 1992',
  },
  focus: ['advanced manufacturing', 'finance', 'trade', 'integrated circuits'],
  related: ['zone:pearl-river-delta', 'zone:greater-bay-area'],
  sources: [
    'https://global.chinadaily.com.cn/regional/2020-06/01/content_37536491.htm',
    'https://www.scmp.com/news/china/politics/article/3040281/big-plans-yangtze-river-delta-china-takes-wealth-gap-and',
  ],
} satisfies Zone;
