import type { Company } from '../../src/data/schema';

export default {
  id: 'company:vipshop',
  kind: 'company',
  name: 'Vipshop',
  names: { zh: '唯品会', zhHant: '唯品會', pinyin: 'Wéipǐnhuì' },
  aliases: ['Vipshop Holdings', 'Vip.com', 'VIP.com'],
  summary:
    'Guangzhou online discount retailer that sells brands\' surplus and off-season stock, mostly clothing, in time-limited "flash sales"; it is listed in New York.',
  founded: {
    value: 2008,
    source: 'https://www.sec.gov/Archives/edgar/data/1529192/000104746917002625/R9.htm',
    note: 'operating company set up in Guangzhou on 22 August 2008',
  },
  headquarters: 'city:guangzhou',
  founders: ['Eric Shen', 'Arthur Hong'],
  sectors: ['e-commerce', 'discount retail', 'apparel'],
  listings: [{ exchange: 'NYSE', ticker: 'VIPS' }],
  related: ['city:guangzhou', 'company:jd-com', 'company:pdd-holdings'],
  sources: [
    'https://www.sec.gov/Archives/edgar/data/1529192/000104746917002625/R9.htm',
    'https://english.ckgsb.edu.cn/story/eric-shen-founder-of-vipshop-chinas-innovative-online-discount-retailer',
  ],
} satisfies Company;
