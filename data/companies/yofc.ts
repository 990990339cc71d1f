import type { Company } from '../../src/data/schema';

const YOFC_2023 = 'https://en.yofc.com/view/3161.html';
const YOFC_NY = 'https://en.yofc.com/view/3163.html';

export default {
  id: 'company:yofc',
  kind: 'company',
  name: 'YOFC',
  names: { zh: '长飞光纤光缆', zhHant: '長飛光纖光纜', pinyin: 'Chángfēi Guāngxiān Guānglǎn' },
  aliases: [
    { text: 'YOFC', exactCase: true },
    'Yangtze Optical Fibre and Cable',
    'Yangtze Optical Fibre & Cable',
    'Yangtze Optical Fiber and Cable',
    '长飞光纤',
    '長飛光纖',
  ],
  summary:
    "Wuhan maker of optical-fibre preforms, fibre and cable, among the world's largest, based in the Optics Valley; it supplies China's telecom operators and has production bases in Indonesia, South Africa, Brazil and Poland.",
  founded: { value: 1988, source: YOFC_2023, note: 'the company spoke of 35 years of work in November 2023' },
  headquarters: 'city:wuhan',
  founders: [],
  sectors: ['optical fibre', 'optical cable', 'telecom infrastructure'],
  listings: [
    { exchange: 'SSE', ticker: '601869' },
    { exchange: 'HKEX', ticker: '6869' },
  ],
  related: ['zone:optics-valley', 'city:wuhan', 'company:china-mobile'],
  sources: [YOFC_2023, YOFC_NY],
} satisfies Company;
