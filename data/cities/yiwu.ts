import type { City } from '../../src/data/schema';

export default {
  id: 'city:yiwu',
  kind: 'city',
  name: 'Yiwu',
  names: { zh: '义乌', zhHant: '義烏', pinyin: 'Yìwū' },
  aliases: ['Yiwu City'],
  summary:
    'County-level city in central Zhejiang whose International Trade Mart is recognised as the world’s largest wholesale market for small commodities; a national pilot zone for trade reform since 2011.',
  province: 'Zhejiang',
  knownFor: ['small commodities trade', 'cross-border e-commerce', 'export trade'],
  zones: [],
  related: ['city:hangzhou'],
  sources: ['https://china.org.cn/business/2012-09/19/content_26568889_3.htm', 'https://ezhejiang.gov.cn/jinhua/2022-11/09/c_829349_2.htm'],
} satisfies City;
