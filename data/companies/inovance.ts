import type { Company } from '../../src/data/schema';

const MORNINGSTAR = 'https://www.morningstar.com/quotes/0P0000PYQR';

export default {
  id: 'company:inovance',
  kind: 'company',
  name: 'Inovance Technology',
  names: { zh: '汇川技术', zhHant: '匯川技術', pinyin: 'Huìchuān Jìshù' },
  aliases: ['Inovance', 'Shenzhen Inovance', 'Shenzhen Inovance Technology', '深圳汇川技术', '汇川'],
  summary:
    'Shenzhen maker of industrial-automation parts (inverters, servo systems, PLCs), industrial robots, elevator controls and electric-vehicle drivetrains, set up by former Huawei and Emerson engineers.',
  founded: { value: 2003, source: MORNINGSTAR },
  headquarters: 'city:shenzhen',
  founders: [],
  sectors: ['industrial automation', 'servo systems', 'industrial robots', 'EV powertrains'],
  listings: [{ exchange: 'SZSE ChiNext', ticker: '300124' }],
  related: ['company:huawei', 'city:shenzhen', 'policy:made-in-china-2025'],
  sources: [MORNINGSTAR],
} satisfies Company;
