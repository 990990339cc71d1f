import type { Product } from '../../src/data/schema';

export default {
  id: 'product:tmall',
  kind: 'product',
  name: 'Tmall',
  names: { zh: '天猫', zhHant: '天貓', pinyin: 'Tiānmāo' },
  aliases: ['Tmall.com', 'Taobao Mall', 'Tian Mao'],
  summary:
    "Alibaba's business-to-consumer marketplace, split off from Taobao, where brands and authorised sellers run official shops; the venue of much of the Singles' Day sales festival.",
  owner: 'company:alibaba',
  category: 'platform',
  what: 'online marketplace for brands and licensed retailers',
  launched: {
    value: 2008,
    source: 'https://en.wikipedia.org/wiki/Taobao',
    note: 'as Taobao Mall in April 2008; own domain tmall.com from 2010, renamed Tmall in 2012',
  },
  related: ['company:alibaba', 'product:taobao'],
  sources: ['https://en.wikipedia.org/wiki/Taobao', 'https://technode.com/2013/05/10/taobao-turns-ten-a-look-back/'],
  disputed: [
    {
      field: 'launched',
      values: [
        { value: 2008, source: 'https://en.wikipedia.org/wiki/Taobao' },
        { value: 2006, source: 'https://technode.com/2013/05/10/taobao-turns-ten-a-look-back/' },
      ],
      note: "TechNode dates Taobao's business-to-consumer platform to 2006; Wikipedia dates Taobao Mall to 2008.",
    },
  ],
} satisfies Product;
