import type { Company } from '../../src/data/schema';

export default {
  id: 'company:united-imaging',
  kind: 'company',
  name: 'United Imaging Healthcare',
  names: { zh: '联影医疗', zhHant: '聯影醫療', pinyin: 'Liányǐng Yīliáo' },
  aliases: ['United Imaging', 'Shanghai United Imaging Healthcare', '联影'],
  summary:
    'Shanghai maker of MRI, CT, molecular-imaging and radiotherapy equipment that set out to win Chinese hospital sales from GE, Philips and Siemens; it listed on the STAR Market in 2022.',
  founded: { value: 2011, source: 'https://equalocean.com/analysis/2023062319806/amp' },
  headquarters: 'city:shanghai',
  founders: ['Xue Min'],
  sectors: ['medical devices', 'medical imaging', 'radiotherapy equipment'],
  listings: [],
  revenue: {
    value: 9_238_000_000,
    unit: 'CNY',
    year: 2022,
    source: 'https://equalocean.com/analysis/2023062319806/amp',
    note: 'fiscal year 2022 annual report',
  },
  related: ['city:shanghai', 'company:mindray', 'policy:star-market'],
  sources: ['https://equalocean.com/analysis/2023062319806/amp', 'https://english.eastday.com/Latest/u1ai8674784.html'],
} satisfies Company;
