import type { Product } from '../../src/data/schema';

export default {
  id: 'product:thinkpad',
  kind: 'product',
  name: 'ThinkPad',
  names: { zh: 'ThinkPad笔记本' },
  aliases: ['Lenovo ThinkPad', 'IBM ThinkPad', 'ThinkPad X1'],
  summary:
    'Business laptop line created by IBM and bought by Lenovo with its PC division in 2005; known for its black boxy design and red TrackPoint.',
  owner: 'company:lenovo',
  category: 'device',
  what: 'business laptop line',
  launched: {
    value: 1992,
    source: 'https://en.wikipedia.org/wiki/ThinkPad',
    note: 'October 1992, by IBM; Lenovo since 2005',
  },
  headline: {
    value: 100_000_000,
    unit: 'units',
    year: 2017,
    source: 'https://en.wikipedia.org/wiki/ThinkPad',
    note: 'cumulative units sold since 1992',
  },
  related: ['company:lenovo'],
  sources: ['https://en.wikipedia.org/wiki/ThinkPad'],
} satisfies Product;
