import type { Company } from '../../src/data/schema';

export default {
  id: 'company:xiaomi',
  kind: 'company',
  name: 'Xiaomi',
  names: { zh: '小米', pinyin: 'Xiǎomǐ' },
  // 小米 is also millet.
  aliases: ['Xiaomi Corporation', 'Xiaomi Corp', 'Xiaomi Inc', '小米集团', '小米集團', { text: '小米', needsContext: 'common-word' }],
  summary:
    'Beijing consumer-electronics company founded by Lei Jun that sells budget-to-premium smartphones, smart-home devices and, since 2024, electric cars; listed in Hong Kong in 2018.',
  founded: {
    value: 2010,
    source: 'https://en.wikipedia.org/wiki/Xiaomi',
    note: '6 April 2010, Beijing',
  },
  headquarters: 'city:beijing',
  founders: ['Lei Jun', 'Lin Bin', 'Zhou Guangping', 'Liu De', 'Li Wanqiang', 'Wong Kong-Kat', 'Hong Feng'],
  sectors: ['smartphones', 'consumer electronics', 'smart home', 'electric vehicles'],
  listings: [{ exchange: 'HKEX', ticker: '1810', since: 2018 }],
  employees: { value: 43_688, unit: 'employees', year: 2024, source: 'https://en.wikipedia.org/wiki/Xiaomi' },
  revenue: {
    value: 365_906_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://en.wikipedia.org/wiki/Xiaomi',
  },
  related: ['company:xpeng', 'city:beijing', 'zone:haidian', 'zone:zhongguancun'],
  sources: ['https://en.wikipedia.org/wiki/Xiaomi'],
} satisfies Company;
