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
  founded: {
    value: 2001,
    source: 'https://sec.gov/Archives/edgar/data/1287950/000114420412020910/R7.htm',
    note: 'Spreadtrum Communications (Shanghai) was incorporated on 18 July 2001',
  },
  headquarters: 'city:shanghai',
  founders: [],
  sectors: ['mobile chipsets', 'iot chips', '5g modems'],
  listings: [],
  status: {
    state: 'acquired',
    year: 2013,
    acquirer: 'Tsinghua Unigroup',
    source: 'https://prnewswire.com/news-releases/tsinghua-unigroup-completes-acquisition-of-spreadtrum-for-us3100-per-ads-237053401.html',
  },
  related: ['city:shanghai', 'zone:zhangjiang', 'company:hisilicon', 'company:ymtc'],
  sources: [
    'https://sec.gov/Archives/edgar/data/1287950/000114420412020910/R7.htm',
    'https://prnewswire.com/news-releases/tsinghua-unigroup-completes-acquisition-of-spreadtrum-for-us3100-per-ads-237053401.html',
    'https://www.reuters.com/article/spreadtrum-takeover-tsinghua-idUSL4N0FI2LE20130712',
    'https://www.sec.gov/Archives/edgar/data/1287950/000119312507130965/df1.htm',
  ],
} satisfies Company;
