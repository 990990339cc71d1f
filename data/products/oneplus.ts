import type { Product } from '../../src/data/schema';

export default {
  id: 'product:oneplus',
  kind: 'product',
  name: 'OnePlus',
  names: { zh: '一加', pinyin: 'Yījiā' },
  aliases: [
    'One Plus',
    'OnePlus phones',
  ],
  summary:
    'Smartphone brand started by a former OPPO vice-president with online-only sales and flagship specifications at lower prices; now run within OPPO.',
  owner: 'company:oppo',
  category: 'device',
  what: 'smartphone brand',
  launched: {
    value: 2013,
    source: 'https://thenextweb.com/plugged/2013/12/17/newcomer-oneplus-aims-to-disrupt-the-smartphone-industry-with-truly-outstanding-devices/',
    note: 'announced December 2013; first phone in 2014',
  },
  related: ['company:oppo', 'city:shenzhen'],
  sources: [
    'https://thenextweb.com/plugged/2013/12/17/newcomer-oneplus-aims-to-disrupt-the-smartphone-industry-with-truly-outstanding-devices/',
  ],
} satisfies Product;
