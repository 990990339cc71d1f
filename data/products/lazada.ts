import type { Product } from '../../src/data/schema';

export default {
  id: 'product:lazada',
  kind: 'product',
  name: 'Lazada',
  names: { zh: '来赞达', zhHant: '來贊達' },
  aliases: ['Lazada Group'],
  summary:
    'Southeast Asian online marketplace started by Rocket Internet and controlled by Alibaba since 2016, operating in six countries of the region.',
  owner: 'company:alibaba',
  category: 'platform',
  what: 'online marketplace in Southeast Asia',
  launched: {
    value: 2012,
    source:
      'https://www.business-standard.com/article/international/alibaba-to-invest-1-billion-more-in-lazada-to-speed-up-asian-drive-117062900086_1.html',
    note: 'founded 2012; Alibaba took control in 2016',
  },
  related: ['company:alibaba'],
  sources: [
    'https://www.business-standard.com/article/international/alibaba-to-invest-1-billion-more-in-lazada-to-speed-up-asian-drive-117062900086_1.html',
  ],
} satisfies Product;
