import type { Product } from '../../src/data/schema';

export default {
  id: 'product:apollo-go',
  kind: 'product',
  name: 'Apollo Go',
  names: { zh: '萝卜快跑', zhHant: '蘿蔔快跑', pinyin: 'Luóbo Kuàipǎo' },
  aliases: ['Baidu Apollo Go', 'Luobo Kuaipao'],
  summary:
    "Baidu's autonomous ride-hailing service, which started with safety drivers in a few cities and has since run fully driverless cars, most visibly in Wuhan.",
  owner: 'company:baidu',
  category: 'platform',
  what: 'robotaxi ride-hailing service',
  launched: {
    value: 2020,
    source: 'https://cleantechnica.com/2020/09/11/baidu-launches-apollo-go-robotaxis-in-beijing-cangzhou-changsha/',
    note: 'Changsha, April 2020; Cangzhou and Beijing later that year',
  },
  related: ['company:baidu', 'city:wuhan', 'city:changsha', 'city:beijing'],
  sources: ['https://cleantechnica.com/2020/09/11/baidu-launches-apollo-go-robotaxis-in-beijing-cangzhou-changsha/'],
} satisfies Product;
