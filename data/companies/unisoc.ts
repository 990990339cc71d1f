import type { Company } from '../../src/data/schema';

export default {
  id: 'company:unisoc',
  kind: 'company',
  name: 'UNISOC',
  names: { zh: '紫光展锐', zhHant: '紫光展銳', pinyin: 'Zǐguāng Zhǎnruì' },
  aliases: [
    'Unisoc Technologies',
    'Spreadtrum',
    'Spreadtrum Communications',
    'Unigroup Spreadtrum & RDA',
    'Spreadtrum RDA',
    '展讯',
    '展訊',
  ],
  summary:
    'Shanghai fabless designer of low-cost smartphone, 5G and IoT chips, formed when Tsinghua Unigroup merged its acquisitions Spreadtrum and RDA Microelectronics in 2018.',
  founded: { value: 2001, source: 'https://defzone.net/wiki/it/UNISOC', note: 'as Spreadtrum Communications' },
  headquarters: 'city:shanghai',
  founders: [],
  sectors: ['mobile chipsets', 'iot chips', '5g modems'],
  listings: [],
  status: {
    state: 'acquired',
    year: 2013,
    acquirer: 'Tsinghua Unigroup',
    source: 'https://defzone.net/wiki/it/UNISOC',
  },
  related: ['city:shanghai', 'zone:zhangjiang', 'company:hisilicon', 'company:ymtc'],
  sources: [
    'https://defzone.net/wiki/it/UNISOC',
    'https://www.digitimes.com/news/a20180412PD214.html',
    'https://www.fiercewireless.com/tech/china-s-tsinghua-unigroup-aiming-to-become-powerhouse-smartphone-chips',
    'https://www.sec.gov/Archives/edgar/data/1287950/000119312507130965/df1.htm',
  ],
} satisfies Company;
