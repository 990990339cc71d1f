import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Sunny_Optical';
const MORNINGSTAR = 'https://www.morningstar.com/stocks/xmex/2382';

export default {
  id: 'company:sunny-optical',
  kind: 'company',
  name: 'Sunny Optical',
  names: { zh: '舜宇光学科技', zhHant: '舜宇光學科技', pinyin: 'Shùnyǔ Guāngxué Kējì' },
  aliases: ['Sunny Optical Technology', 'Sunny Optical Technology (Group)', '舜宇光学', '舜宇'],
  summary:
    "Maker of phone camera lenses and camera modules, vehicle lenses and optical instruments, based in Yuyao near Ningbo; it is the world's largest producer of handset lens sets and supplies Huawei, OPPO and vivo.",
  founded: { value: 1984, source: WIKI, note: 'October 1984, as a county optical-instrument factory in Yuyao' },
  headquarters: 'city:ningbo',
  founders: ['Wang Wenjian'],
  sectors: ['optics', 'camera modules', 'automotive lenses'],
  listings: [{ exchange: 'HKEX', ticker: '2382' }],
  employees: { value: 29_524, unit: 'employees', year: 2023, source: MORNINGSTAR, note: 'end of December 2023' },
  revenue: { value: 5_477_000_000, unit: 'USD', year: 2019, source: WIKI, note: 'as given by Wikipedia in US dollars' },
  related: ['company:huawei', 'company:oppo', 'company:vivo', 'company:goertek', 'city:ningbo'],
  sources: [WIKI, MORNINGSTAR],
} satisfies Company;
