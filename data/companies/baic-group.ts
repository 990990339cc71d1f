import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/BAIC_Group';

export default {
  id: 'company:baic-group',
  kind: 'company',
  name: 'BAIC Group',
  names: { zh: '北京汽车集团', zhHant: '北京汽車集團', pinyin: 'Běijīng Qìchē Jítuán' },
  aliases: [
    { text: 'BAIC', exactCase: true },
    'Beijing Automotive Group',
    'Beijing Automotive Industry Holding',
    'Beiqi',
    '北汽',
    '北汽集团',
    '北汽集團',
    '北京汽车集团有限公司',
  ],
  summary:
    "Beijing city government's car group, with its own Beijing and Arcfox brands, Foton trucks and joint ventures that build Mercedes-Benz and Hyundai cars in China.",
  founded: { value: 1958, source: WIKI, note: 'as Beijing Automobile Works' },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['automobiles', 'electric vehicles', 'trucks', 'joint ventures'],
  listings: [],
  related: ['company:saic-motor', 'company:huawei', 'city:beijing'],
  sources: [WIKI],
} satisfies Company;
