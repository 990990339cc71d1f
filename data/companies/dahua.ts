import type { Company } from '../../src/data/schema';

export default {
  id: 'company:dahua',
  kind: 'company',
  name: 'Dahua Technology',
  names: { zh: '大华股份', zhHant: '大華股份', pinyin: 'Dàhuá Gǔfèn' },
  aliases: ['Dahua', 'Zhejiang Dahua Technology', '大华', '大華', '大华技术', '大華技術', '浙江大华'],
  summary:
    "Hangzhou maker of video-surveillance cameras and recorders, the world's second largest by revenue after Hikvision; partly state-owned.",
  founded: {
    value: 2001,
    source: 'https://en.wikipedia.org/wiki/Dahua_Technology',
  },
  headquarters: 'city:hangzhou',
  founders: ['Fu Liquan'],
  sectors: ['video surveillance', 'security equipment', 'AIoT'],
  listings: [{ exchange: 'SZSE', ticker: '002236' }],
  employees: {
    value: 23000,
    unit: 'employees',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Dahua_Technology',
    note: 'more than',
  },
  revenue: {
    value: 4.98e9,
    unit: 'USD',
    year: 2021,
    source: 'https://en.wikipedia.org/wiki/Dahua_Technology',
  },
  related: ['company:hikvision', 'company:megvii', 'zone:binjiang', 'city:hangzhou'],
  sources: ['https://en.wikipedia.org/wiki/Dahua_Technology'],
} satisfies Company;
