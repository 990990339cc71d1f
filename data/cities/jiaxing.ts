import type { City } from '../../src/data/schema';

export default {
  id: 'city:jiaxing',
  kind: 'city',
  name: 'Jiaxing',
  names: { zh: '嘉兴', zhHant: '嘉興', pinyin: 'Jiāxīng' },
  aliases: ['Jiaxing City'],
  summary: 'Zhejiang city whose water town of Wuzhen has been the permanent venue of the World Internet Conference since 2014.',
  province: 'Zhejiang',
  knownFor: ['internet conference', 'digital economy'],
  zones: [],
  related: ['city:hangzhou', 'zone:yangtze-river-delta'],
  sources: ['https://globaltimes.cn/page/202411/1323561.shtml', 'https://www.ezhejiang.gov.cn/2017-11/29/c_114915.htm'],
} satisfies City;
