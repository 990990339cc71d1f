import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/China_Three_Gorges_Corporation';
const HB_CCPIT = 'https://hbccpit.org/main_en/main_en-swxw/cont/news-16860.html';
const IHA = 'https://www.hydropower.org/congress/sponsors/1156';

export default {
  id: 'company:china-three-gorges',
  kind: 'company',
  name: 'China Three Gorges Corporation',
  names: { zh: '中国长江三峡集团', zhHant: '中國長江三峽集團', pinyin: 'Zhōngguó Chángjiāng Sānxiá Jítuán' },
  aliases: [
    { text: 'CTG', exactCase: true, needsContext: 'abbreviation' },
    'China Three Gorges',
    'Three Gorges Corporation',
    'China Three Gorges Project Corporation',
    '三峡集团',
    '中国三峡集团',
  ],
  summary:
    "Central state-owned power company created to build the Three Gorges Dam; it runs the big Yangtze hydropower stations, is China's largest clean-energy group with growing offshore wind and solar, and owns close to a quarter of Portugal's EDP.",
  founded: { value: 1993, source: WIKI, note: '27 September 1993, as China Three Gorges Project Corporation' },
  headquarters: 'city:wuhan',
  founders: ['State Council of China'],
  sectors: ['hydropower', 'offshore wind', 'solar power', 'utilities'],
  listings: [],
  employees: { value: 18_121, unit: 'employees', year: 2013, source: WIKI },
  revenue: { value: 63_000_000_000, unit: 'CNY', year: 2014, source: WIKI },
  related: ['company:goldwind', 'company:mingyang-smart-energy', 'company:envision', 'city:wuhan'],
  sources: [WIKI, HB_CCPIT, IHA],
} satisfies Company;
