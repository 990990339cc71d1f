import type { Company } from '../../src/data/schema';

export default {
  id: 'company:kaola',
  kind: 'company',
  name: 'Kaola',
  names: { zh: '考拉海购', zhHant: '考拉海購', pinyin: 'Kǎolā Hǎigòu' },
  aliases: ['NetEase Kaola', 'Kaola.com', 'Kaola Haigou', '网易考拉', '網易考拉', { text: '考拉', needsContext: 'common-word' }],
  summary:
    "Cross-border e-commerce platform selling imported goods to Chinese shoppers, launched by NetEase and sold to Alibaba in 2019 for about US$2 billion and placed alongside Tmall's import business.",
  founded: {
    value: 2015,
    source: 'https://www.caixinglobal.com/2019-09-06/alibaba-buys-rival-e-commerce-platform-netease-kaola-for-2-billion-101459812.html',
    note: 'launched by NetEase',
  },
  headquarters: 'city:hangzhou',
  founders: ['NetEase'],
  sectors: ['cross-border e-commerce', 'imported goods'],
  listings: [],
  parent: 'company:alibaba',
  status: {
    state: 'acquired',
    year: 2019,
    acquirer: 'company:alibaba',
    source: 'https://technode.com/2019/09/06/alibaba-acquires-netease-kaola-for-2-billion/',
  },
  related: ['company:netease', 'company:alibaba', 'city:hangzhou', 'policy:cross-border-ecommerce-zones'],
  sources: [
    'https://www.caixinglobal.com/2019-09-06/alibaba-buys-rival-e-commerce-platform-netease-kaola-for-2-billion-101459812.html',
    'https://technode.com/2019/09/06/alibaba-acquires-netease-kaola-for-2-billion/',
  ],
} satisfies Company;
