import type { Product } from '../../src/data/schema';

export default {
  id: 'product:fliggy',
  kind: 'product',
  name: 'Fliggy',
  names: { zh: '飞猪', zhHant: '飛豬', pinyin: 'Fēizhū' },
  aliases: ['Alitrip', 'Feizhu'],
  summary: "Alibaba's travel-booking platform, renamed from Alitrip to appeal to younger travellers; its Chinese name means 'flying pig'.",
  owner: 'company:alibaba',
  category: 'platform',
  what: 'online travel booking platform',
  launched: {
    value: 2016,
    source: 'https://travelmole.com/news/alitrip-rebrands-to-fliggy/0',
    note: 'renamed Fliggy in late 2016; launched as Alitrip in 2014',
  },
  related: ['company:alibaba', 'company:trip-com'],
  sources: [
    'https://travelmole.com/news/alitrip-rebrands-to-fliggy/0',
    'https://jingdaily.com/posts/alibaba-abandons-alitrip-brand-and-bets-on-chinese-millennial-travelers-with-new-brand',
  ],
  disputed: [
    {
      field: 'launched',
      values: [
        { value: 2016, source: 'https://travelmole.com/news/alitrip-rebrands-to-fliggy/0' },
        {
          value: 2014,
          source: 'https://jingdaily.com/posts/alibaba-abandons-alitrip-brand-and-bets-on-chinese-millennial-travelers-with-new-brand',
        },
      ],
      note: 'The platform began as Alitrip in 2014, replacing Taobao Travel, and took the Fliggy name in 2016.',
    },
  ],
} satisfies Product;
