import type { Company } from '../../src/data/schema';

export default {
  id: 'company:ymtc',
  kind: 'company',
  name: 'Yangtze Memory Technologies',
  names: { zh: '长江存储', zhHant: '長江存儲', pinyin: 'Chángjiāng Cúnchǔ' },
  aliases: [
    { text: 'YMTC', exactCase: true },
    'Yangtze Memory',
    'Yangtze Memory Technologies Corp',
    'Yangtze Memory Technologies Co',
    '长江存储科技',
    '長江存儲科技',
  ],
  summary:
    "China's leading 3D NAND flash maker, set up in Wuhan with state and Tsinghua Unigroup money to cut reliance on foreign memory; the US put it on the Entity List in December 2022.",
  founded: { value: 2016, source: 'https://en.wikipedia.org/wiki/Yangtze_Memory_Technologies', note: '26 July 2016' },
  headquarters: 'city:wuhan',
  founders: ['Tsinghua Unigroup'],
  sectors: ['nand flash memory', 'solid-state drives'],
  listings: [],
  employees: {
    value: 8000,
    unit: 'employees',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Yangtze_Memory_Technologies',
    note: 'approximate',
  },
  related: ['city:wuhan', 'company:cxmt', 'company:unisoc', 'company:smic'],
  sources: [
    'https://en.wikipedia.org/wiki/Yangtze_Memory_Technologies',
    'https://www.scmp.com/tech/gear/article/3100974/chinas-top-memory-chip-maker-cant-wean-itself-us-now',
  ],
} satisfies Company;
