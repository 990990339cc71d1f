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
    "Chongqing state-owned carmaker whose roots go back to an 1862 arsenal; it sells Changan, Deepal and Avatr cars and runs joint ventures with Ford and Mazda, and became its own central state enterprise in 2025.",
  founded: {
    value: 1862,
    source: 'https://en.wikipedia.org/wiki/Changan_Automobile',
    note: 'origins as a Qing arsenal; cars from 1959',
  },
  headquarters: 'city:chongqing',
  founders: [],
  sectors: ['automobiles', 'electric vehicles'],
  listings: [{ exchange: 'SZSE', ticker: '000625' }],
  employees: {
    value: 110000,
    unit: 'employees',
    year: 2025,
    source: 'https://www.plastmatch.com/news/340-billion-chongqing-has-produced-its-100th-py3fu28e-detail',
    note: 'China Changan Automobile Group at its founding',
  },
  related: ['city:chongqing', 'company:saic-motor', 'company:seres'],
  sources: [
    'https://en.wikipedia.org/wiki/Changan_Automobile',
    'https://ww-w.pages.dev/0xLy93aWtpL0NoYW5nJTI3YW5fTW90b3Jz',
    'https://www.plastmatch.com/news/340-billion-chongqing-has-produced-its-100th-py3fu28e-detail',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 1862, source: 'https://en.wikipedia.org/wiki/Changan_Automobile' },
        { value: 1959, source: 'https://en.wikipedia.org/wiki/Changan_Automobile' },
        { value: 2025, source: 'https://www.plastmatch.com/news/340-billion-chongqing-has-produced-its-100th-py3fu28e-detail' },
      ],
      note: '1862 is the arsenal it descends from, 1959 its first vehicle, 2025 the new China Changan Automobile Group.',
    },
  ],
} satisfies Company;
