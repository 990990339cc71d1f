import type { Product } from '../../src/data/schema';

export default {
  id: 'product:li-auto-l-series',
  kind: 'product',
  name: 'Li Auto L series',
  names: { zh: '理想L系列' },
  aliases: ['Li L9', 'Li L8', 'Li L7', 'Li L6', 'Li Auto L9', 'Li Auto L8', 'Li Auto L7', 'Li Auto L6'],
  summary:
    "Li Auto's family SUVs, which carry a small petrol engine as a generator to extend range; they replaced the company's first model, the Li ONE.",
  owner: 'company:li-auto',
  category: 'device',
  what: 'range of extended-range electric family SUVs',
  launched: {
    value: 2022,
    source: 'https://cnevpost.com/2022/09/22/li-auto-to-launch-li-l8-early-on-sept-30-teases-li-l7-and-li-l6',
    note: 'the L8 launch was set for 30 September 2022, as a successor to the Li ONE, with the L7 and L6 to follow',
  },
  related: ['company:li-auto', 'city:beijing'],
  sources: ['https://cnevpost.com/2022/09/22/li-auto-to-launch-li-l8-early-on-sept-30-teases-li-l7-and-li-l6'],
} satisfies Product;
