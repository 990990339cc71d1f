import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Gotion';

export default {
  id: 'company:gotion',
  kind: 'company',
  name: 'Gotion High-Tech',
  names: { zh: '国轩高科', zhHant: '國軒高科', pinyin: 'Guóxuān Gāokē' },
  aliases: ['Gotion', 'Gotion High Tech', 'Guoxuan High-Tech', 'Guoxuan Hi-Tech', '国轩高科股份有限公司'],
  summary:
    'Hefei maker of lithium-iron-phosphate and nickel-based battery cells in which Volkswagen bought a stake of about a quarter in 2020; it is building plants in Europe, North America and Morocco.',
  founded: { value: 2006, source: WIKI, note: 'as Hefei Guoxuan Hi-Tech Power Energy' },
  headquarters: 'city:hefei',
  founders: ['Li Zhen'],
  sectors: ['batteries', 'electric vehicles', 'energy storage'],
  listings: [],
  revenue: { value: 35_400_000_000, unit: 'CNY', year: 2024, source: WIKI },
  related: ['company:catl', 'company:byd', 'city:hefei'],
  sources: [WIKI],
} satisfies Company;
