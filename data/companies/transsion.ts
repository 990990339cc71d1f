import type { Company } from '../../src/data/schema';

export default {
  id: 'company:transsion',
  kind: 'company',
  name: 'Transsion Holdings',
  names: { zh: '传音控股', zhHant: '傳音控股', pinyin: 'Chuányīn Kònggǔ' },
  aliases: ['Transsion', 'Transsion Holdings Limited', 'Tecno Telecom', '传音', '傳音'],
  summary:
    "Phone maker behind the Tecno, itel and Infinix brands, nicknamed the 'King of Africa' for leading the continent's handset market; it has since expanded into South Asia and other emerging markets.",
  founded: {
    value: 2006,
    source: 'https://techpoint.africa/2018/02/15/transsion-holdings-brief-history/',
    note: 'July 2006, in Hong Kong, as Tecno Telecom',
  },
  headquarters: 'city:shenzhen',
  founders: ['George Zhu Zhaojiang'],
  sectors: ['smartphones', 'feature phones', 'consumer electronics'],
  listings: [{ exchange: 'SSE STAR', ticker: '688036', since: 2019 }],
  related: ['city:shenzhen', 'city:shanghai', 'policy:star-market'],
  sources: ['https://techpoint.africa/2018/02/15/transsion-holdings-brief-history/', 'https://equalocean.com/analysis/2019092211930'],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Shenzhen', source: 'https://pandaily.com/transsion-seeking-to-go-public-on-a-technology-innovation-board/' },
        { value: 'Shanghai', source: 'https://techpoint.africa/2018/02/15/transsion-holdings-brief-history/' },
      ],
      note: 'Most reports, including its 2019 STAR listing coverage, call it Shenzhen-based; a 2018 visit report describes a new Shanghai headquarters housing R&D and the phone brands.',
    },
  ],
} satisfies Company;
