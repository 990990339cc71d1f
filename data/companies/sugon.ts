import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Sugon';

export default {
  id: 'company:sugon',
  kind: 'company',
  name: 'Sugon',
  names: { zh: '中科曙光', zhHant: '中科曙光', pinyin: 'Zhōngkē Shǔguāng' },
  aliases: [
    'Dawning Information Industry',
    'Dawning Information Industry Co.',
    { text: 'Dawning', needsContext: 'common-word' },
    '曙光信息产业',
    '曙光信息產業',
  ],
  summary:
    'Beijing maker of supercomputers and servers spun out of the Chinese Academy of Sciences, which still holds shares; it has been on the US Entity List since 2019 and agreed in 2025 to merge with the chip designer Hygon.',
  founded: { value: 1996, source: WIKI, note: 'as the Dawning Company, to commercialise CAS supercomputer research' },
  headquarters: 'city:beijing',
  founders: ['Chinese Academy of Sciences'],
  sectors: ['supercomputers', 'servers', 'high-performance computing'],
  listings: [],
  related: ['company:hygon', 'company:inspur', 'zone:zhongguancun', 'zone:haidian', 'policy:863-program'],
  sources: [WIKI],
} satisfies Company;
