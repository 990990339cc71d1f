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
  area: {
    value: 358_000,
    unit: 'km2',
    year: 2019,
    source:
      'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fbaike.baidu.com%2Fitem%2F%E9%95%BF%E4%B8%89%E8%A7%92%2F3288923%3FfromModule%3Dlemma_inlink&source=url&to=en',
    note: 'Shanghai plus the whole of Jiangsu, Zhejiang and Anhui',
  },
  focus: ['advanced manufacturing', 'finance', 'trade', 'integrated circuits'],
  related: ['zone:pearl-river-delta', 'zone:greater-bay-area'],
  sources: [
    'https://global.chinadaily.com.cn/regional/2020-06/01/content_37536491.htm',
    'https://www.scmp.com/news/china/politics/article/3040281/big-plans-yangtze-river-delta-china-takes-wealth-gap-and',
  ],
  disputed: [
    {
      field: 'area',
      values: [
        {
          value: '358,000 km² (four provincial units, 41 cities)',
          source:
            'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fbaike.baidu.com%2Fitem%2F%E9%95%BF%E4%B8%89%E8%A7%92%2F3288923%3FfromModule%3Dlemma_inlink&source=url&to=en',
        },
        { value: 'about 100,000 km² (core megalopolis)', source: 'https://enwikipedia.net/wiki/Yangtze_Delta' },
      ],
      note: 'The region has a narrow (Wu-speaking core) and a broad (four provinces) definition.',
    },
  ],
} satisfies Zone;
