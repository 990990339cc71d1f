import type { Product } from '../../src/data/schema';

export default {
  id: 'product:xiaomi-su7',
  kind: 'product',
  name: 'Xiaomi SU7',
  names: { zh: '小米SU7' },
  aliases: ['SU7', 'Xiaomi SU7 Ultra', 'SU7 Ultra', 'Speed Ultra 7'],
  summary:
    "Xiaomi's first car, an electric sedan priced below Tesla's Model 3 in China, built in Beijing; its fast sales ramp made Xiaomi a serious carmaker.",
  owner: 'company:xiaomi',
  category: 'device',
  what: "electric sedan, Xiaomi's first car",
  launched: {
    value: 2024,
    source: 'https://www.thequint.com/tech-and-auto/tech-news/xiaomi-electric-su7-car-launch-on-28-march-check-specifications-price-more',
    note: 'launched 28 March 2024',
  },
  related: ['company:xiaomi', 'product:hyperos', 'city:beijing'],
  sources: ['https://www.thequint.com/tech-and-auto/tech-news/xiaomi-electric-su7-car-launch-on-28-march-check-specifications-price-more'],
} satisfies Product;
