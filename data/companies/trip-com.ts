import type { Company } from '../../src/data/schema';

export default {
  id: 'company:trip-com',
  kind: 'company',
  name: 'Trip.com Group',
  names: { zh: '携程', zhHant: '攜程', pinyin: 'Xiéchéng' },
  aliases: ['Trip.com', 'Ctrip', 'Ctrip.com', 'Ctrip.com International', '携程集团', '攜程集團', '携程旅行网'],
  summary: "China's largest online travel agency, founded in Shanghai as Ctrip; it also runs Trip.com, Qunar and Skyscanner.",
  founded: {
    value: 1999,
    source: 'https://ctripcominternationalltd.gcs-web.com/shareholder-services/investor-faqs',
    note: 'June 1999, as Ctrip.com',
  },
  headquarters: 'city:shanghai',
  founders: ['James Liang', 'Min Fan', 'Neil Shen', 'Qi Ji'],
  sectors: ['online travel', 'e-commerce'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'TCOM', since: 2003 },
    { exchange: 'HKEX', ticker: '9961', since: 2021 },
  ],
  employees: {
    value: 33400,
    unit: 'employees',
    year: 2020,
    source: 'https://ctripcominternationalltd.gcs-web.com/shareholder-services/investor-faqs',
  },
  revenue: { value: 6.3e9, unit: 'USD', year: 2023, source: 'https://en.wikipedia.org/wiki/Ctrip' },
  related: ['city:shanghai'],
  sources: ['https://ctripcominternationalltd.gcs-web.com/shareholder-services/investor-faqs', 'https://en.wikipedia.org/wiki/Ctrip'],
} satisfies Company;
