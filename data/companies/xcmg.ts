import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/XCMG';

export default {
  id: 'company:xcmg',
  kind: 'company',
  name: 'XCMG',
  names: { zh: '徐工集团', zhHant: '徐工集團', pinyin: 'Xúgōng Jítuán' },
  aliases: [
    { text: 'XCMG', exactCase: true },
    'XCMG Group',
    'Xuzhou Construction Machinery Group',
    'XCMG Construction Machinery',
    '徐工',
    '徐工机械',
  ],
  summary:
    "State-owned maker of cranes, excavators, loaders and road machinery in Xuzhou, Jiangsu, China's largest construction-equipment group and among the top three worldwide; China blocked a 2005 plan by Carlyle to buy most of it.",
  founded: { value: 1989, source: WIKI, note: 'March 1989, as a group of Xuzhou machinery factories whose roots go back to 1943' },
  headquarters: 'Xuzhou',
  founders: [],
  sectors: ['construction machinery', 'cranes', 'heavy equipment'],
  listings: [{ exchange: 'SZSE', ticker: '000425', since: 1996 }],
  related: ['company:sany', 'company:zoomlion', 'policy:belt-and-road'],
  sources: [WIKI],
} satisfies Company;
