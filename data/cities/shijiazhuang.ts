import type { City } from '../../src/data/schema';

export default {
  id: 'city:shijiazhuang',
  kind: 'city',
  name: 'Shijiazhuang',
  names: { zh: '石家庄', zhHant: '石家莊', pinyin: 'Shíjiāzhuāng' },
  aliases: ['Shijiazhuang City'],
  summary: 'Capital of Hebei and a north China transport hub, with one of the country’s largest clusters of pharmaceutical makers.',
  province: 'Hebei',
  knownFor: ['pharmaceuticals', 'textiles', 'electronics'],
  zones: [],
  related: ['city:beijing', 'city:baoding', 'zone:jing-jin-ji'],
  sources: [
    'https://hebei.chinadaily.com.cn/2008-07/29/content_9204326.htm',
    'https://www.sjz.gov.cn/english/col/1496826026146/2017/11/16/1496989008740.html',
  ],
} satisfies City;
