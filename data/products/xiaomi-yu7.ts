import type { Product } from '../../src/data/schema';

export default {
  id: 'product:xiaomi-yu7',
  kind: 'product',
  name: 'Xiaomi YU7',
  names: { zh: '小米YU7' },
  aliases: ['YU7'],
  summary:
    "Xiaomi's second car, an electric SUV priced just below Tesla's Model Y in China, which drew hundreds of thousands of orders within an hour of going on sale.",
  owner: 'company:xiaomi',
  category: 'device',
  what: "electric SUV, Xiaomi's second car",
  launched: {
    value: 2025,
    source: 'https://www.hurriyetdailynews.com/xiaomi-receives-almost-300-000-suv-pre-orders-in-minutes-210819',
    note: 'launched 26 June 2025',
  },
  related: ['company:xiaomi', 'product:xiaomi-su7', 'city:beijing'],
  sources: ['https://www.hurriyetdailynews.com/xiaomi-receives-almost-300-000-suv-pre-orders-in-minutes-210819'],
} satisfies Product;
