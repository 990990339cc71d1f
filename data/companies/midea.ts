import type { Company } from '../../src/data/schema';

export default {
  id: 'company:midea',
  kind: 'company',
  name: 'Midea Group',
  names: { zh: '美的集团', zhHant: '美的集團', pinyin: 'Měidì Jítuán' },
  aliases: ['Midea', 'Midea Group Co', { text: '美的', needsContext: 'common-word' }],
  summary:
    "Appliance giant from Shunde, Foshan, making air conditioners, fridges, washing machines and small appliances, and owner of German robot maker KUKA and of Toshiba's home-appliance business.",
  founded: {
    value: 1968,
    source: 'https://www.midea-group.com/About-Us',
    note: 'when He Xiangjian and 23 Beijiao residents started a workshop with CNY 5,000',
  },
  headquarters: 'city:foshan',
  founders: ['He Xiangjian'],
  sectors: ['home appliances', 'hvac', 'robotics and automation'],
  listings: [
    { exchange: 'SZSE', ticker: '000333', since: 2013 },
    { exchange: 'HKEX', ticker: '0300', since: 2024 },
  ],
  related: ['city:foshan', 'company:gree', 'company:haier'],
  sources: ['https://www.midea-group.com/About-Us', 'https://globaltimes.cn/page/202409/1319921.shtml'],
} satisfies Company;
