import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:zhongguancun',
  kind: 'zone',
  name: 'Zhongguancun',
  names: { zh: '中关村', zhHant: '中關村', pinyin: 'Zhōngguāncūn' },
  aliases: [
    'Zhong Guan Cun',
    'Zhongguancun Science Park',
    'Zhongguancun National Innovation Demonstration Zone',
    { text: 'ZGC', exactCase: true, needsContext: 'abbreviation' },
  ],
  summary:
    'Beijing science-park network that grew out of the “electronics street” near Peking and Tsinghua universities; China’s first national high-tech zone and birthplace of Lenovo, Stone and Sina.',
  zoneType: 'park',
  city: 'city:beijing',
  established: {
    value: 1988,
    source: 'https://covid-19.chinadaily.com.cn/bw/2008-03/31/content_6576612.htm',
    note: 'set up with State Council approval as China’s first state-level high-tech zone',
  },
  focus: ['electronics and IT', 'internet', 'artificial intelligence', 'biomedicine'],
  related: ['zone:haidian', 'company:lenovo', 'company:stone-group', 'company:sina', 'company:baidu', 'policy:torch-program'],
  sources: [
    'https://global.chinadaily.com.cn/bw/2008-03/31/content_6576615.htm',
    'https://en.wikipedia.org/wiki/Zhongguancun',
    'https://covid-19.chinadaily.com.cn/bw/2008-03/31/content_6576612.htm',
  ],
} satisfies Zone;
