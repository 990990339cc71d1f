import type { Company } from '../../src/data/schema';

export default {
  id: 'company:anker-innovations',
  kind: 'company',
  name: 'Anker Innovations',
  names: { zh: '安克创新', zhHant: '安克創新', pinyin: 'Ānkè Chuàngxīn' },
  aliases: ['Anker', 'Anker Innovations Technology', 'Anker Innovations Limited'],
  summary:
    'Consumer-electronics maker that built its name selling chargers, cables and power banks on Amazon and now also sells Soundcore audio, eufy smart-home and Nebula projector products, mostly outside China.',
  founded: { value: 2011, source: 'https://ecns.cn/business/2024-08-14/detail-ihefeyrz1375547.shtml' },
  // Axios (2022) interviewed Steven Yang at the company's headquarters in Hunan province, whose capital is Changsha.
  headquarters: 'city:changsha',
  founders: ['Steven Yang'],
  sectors: ['consumer electronics', 'charging accessories', 'smart home'],
  listings: [{ exchange: 'SZSE', ticker: '300866' }],
  related: ['city:changsha', 'city:shenzhen'],
  sources: [
    'https://ecns.cn/business/2024-08-14/detail-ihefeyrz1375547.shtml',
    'https://www.morningstar.com/stocks/xshe/300866/quote',
    'https://www.axios.com/2022/08/05/anker-batteries-chargers-smartphones-accessories',
  ],
} satisfies Company;
