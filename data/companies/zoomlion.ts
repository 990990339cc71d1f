import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Zoomlion';

export default {
  id: 'company:zoomlion',
  kind: 'company',
  name: 'Zoomlion',
  names: { zh: '中联重科', zhHant: '中聯重科', pinyin: 'Zhōnglián Zhòngkē' },
  aliases: [
    'Zoomlion Heavy Industry',
    'Zoomlion Heavy Industry Science and Technology',
    'Zoomlion Heavy Industry Science & Technology',
    '中联重科股份有限公司',
  ],
  summary:
    "Changsha maker of concrete machinery, tower and all-terrain cranes, excavators and farm machinery, spun out of a state construction-machinery research institute; it owns Italy's Cifa and competes with its Changsha neighbour Sany.",
  founded: { value: 1992, source: WIKI, note: '28 September 1992' },
  headquarters: 'city:changsha',
  founders: ['Zhan Chunxin'],
  sectors: ['construction machinery', 'cranes', 'agricultural machinery'],
  listings: [
    { exchange: 'SZSE', ticker: '000157', since: 2000 },
    { exchange: 'HKEX', ticker: '1157' },
  ],
  related: ['company:sany', 'company:xcmg', 'city:changsha'],
  sources: [WIKI],
} satisfies Company;
