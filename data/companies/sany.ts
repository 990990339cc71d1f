import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Sany';
const WIC = 'https://www.weekinchina.com/2010/01/liang-wengen/';

export default {
  id: 'company:sany',
  kind: 'company',
  name: 'Sany Heavy Industry',
  names: { zh: '三一重工', zhHant: '三一重工', pinyin: 'Sānyī Zhònggōng' },
  aliases: ['Sany', 'Sany Group', 'Sany Heavy', '三一集团', '三一重工股份有限公司'],
  summary:
    "Changsha maker of concrete pumps, excavators and cranes that grew from a small welding-materials workshop into one of the world's largest construction-machinery groups, founded by Liang Wengen and three partners; it owns Germany's Putzmeister.",
  founded: { value: 1989, source: WIKI, note: 'in Lianyuan, Hunan; it grew out of a welding-materials business' },
  headquarters: 'city:changsha',
  founders: ['Liang Wengen', 'Tang Xiuguo', 'Mao Zhongwu', 'Yuan Jinhua'],
  sectors: ['construction machinery', 'heavy equipment', 'wind turbines'],
  listings: [{ exchange: 'SSE', ticker: '600031' }],
  revenue: { value: 16_000_000_000, unit: 'USD', year: 2021, source: WIKI, note: 'rounded, as given by Wikipedia' },
  related: ['city:changsha', 'policy:belt-and-road'],
  sources: [WIKI, WIC],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 1989, source: WIKI },
        { value: 1993, source: WIC },
      ],
      note: 'The founders started in welding materials in the 1980s; Week in China dates the Sany Heavy Industry name and its Changsha incorporation to 1993.',
    },
  ],
} satisfies Company;
