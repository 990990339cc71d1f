import type { Company } from '../../src/data/schema';

export default {
  id: 'company:zte',
  kind: 'company',
  name: 'ZTE',
  names: { zh: '中兴通讯', zhHant: '中興通訊', pinyin: 'Zhōngxīng Tōngxùn' },
  aliases: ['ZTE Corporation', 'ZTE Corp', 'Zhongxing Telecommunication Equipment', '中兴', '中興'],
  summary:
    'Partly state-owned Shenzhen telecom-equipment and handset maker, listed in Shenzhen and Hong Kong; a 2018 US export ban cut it off from American suppliers for a time.',
  founded: {
    value: 1985,
    source: 'https://en.wikipedia.org/wiki/ZTE',
    note: 'as Zhongxing Semiconductor',
  },
  headquarters: 'city:shenzhen',
  founders: ['Hou Weigui'],
  sectors: ['telecom equipment', 'smartphones', 'networking'],
  listings: [
    { exchange: 'SZSE', ticker: '000063', since: 1997 },
    { exchange: 'HKEX', ticker: '763', since: 2004 },
  ],
  employees: { value: 74_811, unit: 'employees', year: 2022, source: 'https://en.wikipedia.org/wiki/ZTE' },
  related: ['company:huawei', 'city:shenzhen', 'zone:nanshan'],
  sources: ['https://en.wikipedia.org/wiki/ZTE'],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 1985, source: 'https://en.wikipedia.org/wiki/ZTE' },
        { value: 1997, source: 'https://supchina.com/company-profiles/zte/' },
      ],
      note: 'The business began in 1985; 1997 is the registration date of the listed company in the Qichacha registry.',
    },
  ],
} satisfies Company;
