import type { Company } from '../../src/data/schema';

export default {
  id: 'company:hikvision',
  kind: 'company',
  name: 'Hikvision',
  names: { zh: '海康威视', zhHant: '海康威視', pinyin: 'Hǎikāng Wēishì' },
  aliases: ['Hangzhou Hikvision Digital Technology', 'Hikvision Digital Technology', 'Hik Vision', '海康'],
  summary:
    'State-controlled Hangzhou maker of video-surveillance cameras and systems, the largest in its field, spun out of a China Electronics Technology Group research institute; under US sanctions since 2019.',
  founded: { value: 2001, source: 'https://en.wikipedia.org/wiki/Hikvision' },
  headquarters: 'city:hangzhou',
  founders: ['Zhejiang HIK Information Technology (CETC 52nd Research Institute)', 'Gong Hongjia'],
  sectors: ['video surveillance', 'security equipment', 'machine vision'],
  listings: [{ exchange: 'SZSE', ticker: '002415', since: 2010 }],
  employees: {
    value: 42_685,
    unit: 'employees',
    year: 2021,
    source: 'https://en.wikipedia.org/wiki/Hikvision',
  },
  related: ['city:hangzhou', 'zone:binjiang'],
  sources: ['https://en.wikipedia.org/wiki/Hikvision', 'https://www.weekinchina.com/2017/07/eye-in-the-sky/'],
} satisfies Company;
