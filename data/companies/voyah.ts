import type { Company } from '../../src/data/schema';

const SCMP = 'https://www.scmp.com/business/china-business/article/3125060/dongfeng-launches-new-brand-betting-all-electric-voyah';

export default {
  id: 'company:voyah',
  kind: 'company',
  name: 'Voyah',
  names: { zh: '岚图汽车', zhHant: '嵐圖汽車', pinyin: 'Lántú Qìchē' },
  aliases: ['Voyah Automobile', 'Voyah Auto', 'Voyah Automobile Technology', '岚图'],
  summary:
    "Dongfeng Motor's premium electric-car brand, run from Wuhan as a separate company, whose cars are priced above 200,000 yuan against Tesla, NIO and Xpeng.",
  founded: { value: 2021, source: SCMP, note: 'launched by Dongfeng as a separate all-electric brand' },
  headquarters: 'city:wuhan',
  founders: ['Dongfeng Motor'],
  sectors: ['electric vehicles', 'automobiles'],
  listings: [],
  parent: 'company:dongfeng-motor',
  related: ['company:dongfeng-motor', 'company:nio', 'company:xpeng', 'city:wuhan'],
  sources: [SCMP],
} satisfies Company;
