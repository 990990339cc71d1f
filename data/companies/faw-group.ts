import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/FAW_Group';
const FAW = 'https://www.faw.com/fawen/gyjt36/fzlc/index.html';

export default {
  id: 'company:faw-group',
  kind: 'company',
  name: 'FAW Group',
  names: { zh: '中国第一汽车集团', zhHant: '中國第一汽車集團', pinyin: 'Zhōngguó Dìyī Qìchē Jítuán' },
  aliases: [
    { text: 'FAW', exactCase: true },
    'China FAW Group',
    'China FAW',
    'First Automobile Works',
    'First Automotive Works',
    '一汽',
    '中国一汽',
    '中國一汽',
  ],
  summary:
    "China's first car factory, built in Changchun with Soviet help; now a central state-owned group making Hongqi and Bestune cars and Jiefang trucks, and Volkswagen, Audi and Toyota models in joint ventures.",
  founded: { value: 1953, source: WIKI, note: 'ground broken on 15 July 1953' },
  headquarters: 'city:changchun',
  founders: [],
  sectors: ['automobiles', 'trucks', 'joint ventures'],
  listings: [],
  employees: { value: 119_658, unit: 'employees', year: 2023, source: WIKI },
  revenue: { value: 89_500_000_000, unit: 'USD', year: 2023, source: WIKI, note: 'as given by Wikipedia in US dollars' },
  related: ['company:saic-motor', 'company:changan', 'company:dongfeng-motor'],
  sources: [WIKI, FAW],
} satisfies Company;
