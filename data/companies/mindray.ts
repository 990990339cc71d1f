import type { Company } from '../../src/data/schema';

export default {
  id: 'company:mindray',
  kind: 'company',
  name: 'Mindray',
  names: { zh: '迈瑞医疗', zhHant: '邁瑞醫療', pinyin: 'Màiruì Yīliáo' },
  aliases: ['Shenzhen Mindray Bio-Medical Electronics', 'Mindray Medical', 'Mindray Bio-Medical', '迈瑞'],
  summary:
    "China's largest medical-equipment maker, producing patient monitors, ventilators, diagnostic analysers and ultrasound scanners; it listed in New York in 2006, was taken private by its founders in 2016 and relisted on Shenzhen's ChiNext board.",
  founded: { value: 1991, source: 'https://en.wikipedia.org/wiki/Li_Xiting', note: 'in Shenzhen' },
  headquarters: 'city:shenzhen',
  founders: ['Li Xiting', 'Xu Hang', 'Cheng Minghe'],
  sectors: ['medical devices', 'in-vitro diagnostics', 'medical imaging'],
  listings: [],
  revenue: {
    value: 13_600_000_000,
    unit: 'CNY',
    year: 2018,
    source: 'https://www.rp.pl/Gielda/305069964-Drzenie-rak-magia-gieldy-i-osmiokrotny-wzrost-wartosci.html',
    note: 'fiscal year 2018, as reported by Rzeczpospolita citing Bloomberg',
  },
  related: ['city:shenzhen', 'company:united-imaging'],
  sources: [
    'https://en.wikipedia.org/wiki/Li_Xiting',
    'https://www.scmp.com/business/companies/article/3136089/coronavirus-mindrays-li-xiting-eyes-top-3-spot-among-medical',
    'https://www.rp.pl/Gielda/305069964-Drzenie-rak-magia-gieldy-i-osmiokrotny-wzrost-wartosci.html',
    'https://www.sec.gov/Archives/edgar/data/1373060/000114554906001401/h00529b4e424b4.htm',
  ],
} satisfies Company;
