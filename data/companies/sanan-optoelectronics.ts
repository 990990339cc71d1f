import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Sanan_Optoelectronics';
const DIGITIMES = 'https://www.digitimes.com/news/a20170801PD204.html';
const CS = 'https://compoundsemiconductor.net/article/103086/Sanan_to_Establish_LED_Production_Base_in_Southeastern_China';

export default {
  id: 'company:sanan-optoelectronics',
  kind: 'company',
  name: 'Sanan Optoelectronics',
  names: { zh: '三安光电', zhHant: '三安光電', pinyin: "Sān'ān Guāngdiàn" },
  aliases: ["San'an Optoelectronics", 'Sanan Opto', '三安光电股份有限公司'],
  summary:
    "Xiamen maker of LED wafers and chips, one of China's largest, which has moved into compound semiconductors such as gallium nitride and silicon carbide; it has drawn more state subsidies than any other Chinese LED firm.",
  founded: { value: 2000, source: WIKI, note: '12 November 2000' },
  headquarters: 'city:xiamen',
  founders: ['Lin Xiucheng'],
  sectors: ['LED chips', 'compound semiconductors', 'silicon carbide'],
  listings: [{ exchange: 'SSE', ticker: '600703' }],
  employees: { value: 15_439, unit: 'employees', year: 2023, source: WIKI },
  revenue: { value: 14_050_000_000, unit: 'CNY', year: 2023, source: WIKI },
  related: ['city:xiamen'],
  sources: [WIKI, DIGITIMES, CS],
} satisfies Company;
