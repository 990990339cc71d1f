import type { Company } from '../../src/data/schema';

export default {
  id: 'company:china-tower',
  kind: 'company',
  name: 'China Tower',
  names: { zh: '中国铁塔', zhHant: '中國鐵塔', pinyin: 'Zhōngguó Tiětǎ' },
  aliases: ['China Tower Corporation', 'China Tower Corp', '中国铁塔股份有限公司', '中铁塔'],
  summary:
    "State-owned operator of the country's mobile-phone masts, formed by pooling the tower businesses of China Mobile, China Unicom and China Telecom, which remain its shareholders and main customers; it also sells backup power and battery-swap services.",
  founded: {
    value: 2014,
    source: 'https://markets.ft.com/data/equities/tearsheet/profile?s=788:HKG',
    note: "July 2014, from the three carriers' tower assets",
  },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['telecom infrastructure', 'mobile towers', 'energy services'],
  listings: [{ exchange: 'HKEX', ticker: '0788', since: 2018 }],
  related: ['company:china-mobile', 'company:china-unicom', 'company:china-telecom', 'city:beijing'],
  sources: ['https://markets.ft.com/data/equities/tearsheet/profile?s=788:HKG', 'https://en.wikipedia.org/wiki/China_Tower'],
} satisfies Company;
