import type { Company } from '../../src/data/schema';

const FOUR_C = 'https://www.4coffshore.com/news/china-three-gorges-and-mingyang-forge-alliance-nid16646.html';
const WPM = 'https://www.windpowermonthly.com/article/1149635/ming-yang-guangdong-joins-forces-offshore-push';

export default {
  id: 'company:mingyang-smart-energy',
  kind: 'company',
  name: 'Mingyang Smart Energy',
  names: { zh: '明阳智能', zhHant: '明陽智能', pinyin: 'Míngyáng Zhìnéng' },
  aliases: [
    { text: 'Mingyang', needsContext: 'person-name' },
    { text: 'Ming Yang', needsContext: 'person-name' },
    'MingYang Smart Energy Group',
    'Ming Yang Smart Energy',
    'Ming Yang Wind Power',
    '明阳智慧能源',
  ],
  summary:
    "Wind-turbine maker based in Zhongshan, Guangdong, and one of China's largest suppliers of offshore wind turbines, with many of its orders off Guangdong.",
  founded: { value: 2006, source: FOUR_C },
  headquarters: 'city:zhongshan',
  founders: [],
  sectors: ['wind turbines', 'offshore wind', 'renewable energy'],
  listings: [],
  related: ['company:goldwind', 'company:envision'],
  sources: [FOUR_C, WPM],
} satisfies Company;
