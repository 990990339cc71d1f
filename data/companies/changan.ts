import type { Company } from '../../src/data/schema';

export default {
  id: 'company:changan',
  kind: 'company',
  name: 'Changan Automobile',
  names: { zh: '长安汽车', zhHant: '長安汽車', pinyin: "Cháng'ān Qìchē" },
  aliases: [
    "Chang'an Automobile",
    'Chongqing Changan',
    'Chongqing Changan Automobile',
    'China Changan Automobile Group',
    'Changan Auto',
    { text: 'Changan', needsContext: 'place-name' },
    { text: "Chang'an", needsContext: 'place-name' },
  ],
  summary:
    'Chongqing state-owned carmaker whose roots go back to an 1862 arsenal; it sells Changan, Deepal and Avatr cars and runs joint ventures with Ford and Mazda, and became its own central state enterprise in 2025.',
  founded: {
    value: 1862,
    source: 'https://en.wikipedia.org/wiki/Changan_Automobile',
    note: 'origins as a Qing arsenal; cars from 1959',
  },
  headquarters: 'city:chongqing',
  founders: [],
  sectors: ['automobiles', 'electric vehicles'],
  listings: [{ exchange: 'SZSE', ticker: '000625' }],
  related: ['city:chongqing', 'company:saic-motor', 'company:seres'],
  sources: ['https://en.wikipedia.org/wiki/Changan_Automobile'],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 1862, source: 'https://en.wikipedia.org/wiki/Changan_Automobile' },
        { value: 1959, source: 'https://en.wikipedia.org/wiki/Changan_Automobile' },
      ],
      note: '1862 is the arsenal it descends from, 1959 its first vehicle.',
    },
  ],
} satisfies Company;
