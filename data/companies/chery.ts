import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Chery';

export default {
  id: 'company:chery',
  kind: 'company',
  name: 'Chery',
  names: { zh: '奇瑞汽车', zhHant: '奇瑞汽車', pinyin: 'Qíruì Qìchē' },
  aliases: ['Chery Automobile', 'Chery Automobile Co.', 'Chery Auto', '奇瑞', '奇瑞汽车股份有限公司'],
  summary:
    "Carmaker in Wuhu, Anhui, set up by the city government and still controlled by it, and one of the first Chinese carmakers to export, from 2001; it is among China's five largest car groups by sales.",
  founded: { value: 1997, source: WIKI, note: 'established 8 January 1997 by Wuhu city officials' },
  headquarters: 'city:wuhu',
  // Set up by officials of the Wuhu city government rather than by private founders.
  founders: ['Wuhu municipal government'],
  sectors: ['automobiles', 'electric vehicles', 'car exports'],
  listings: [],
  revenue: { value: 480_000_000_000, unit: 'CNY', year: 2024, source: WIKI, note: 'rounded, as given by Wikipedia' },
  related: ['company:byd', 'company:geely', 'company:saic-motor', 'company:huawei'],
  sources: [WIKI],
} satisfies Company;
