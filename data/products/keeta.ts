import type { Product } from '../../src/data/schema';

export default {
  id: 'product:keeta',
  kind: 'product',
  name: 'Keeta',
  names: { zh: '美团Keeta' },
  aliases: ['KeeTa', 'Meituan Keeta'],
  summary:
    "Meituan's food-delivery brand for markets outside the mainland, launched in Hong Kong, where it overtook Foodpanda and Deliveroo, and then taken to Saudi Arabia.",
  owner: 'company:meituan',
  category: 'app',
  what: 'food delivery app outside mainland China',
  launched: {
    value: 2023,
    source: 'https://yicaiglobal.com/news/chinas-maituan-to-launch-takeout-platform-keeta-in-riyadh-this-year-report-says',
    note: 'Hong Kong, May 2023',
  },
  headline: {
    value: 44,
    unit: 'percent',
    year: 2024,
    source: 'https://yicaiglobal.com/news/chinas-maituan-to-launch-takeout-platform-keeta-in-riyadh-this-year-report-says',
    note: 'share of Hong Kong takeaway orders, March 2024 (over 44 per cent)',
  },
  related: ['company:meituan', 'city:hong-kong'],
  sources: ['https://yicaiglobal.com/news/chinas-maituan-to-launch-takeout-platform-keeta-in-riyadh-this-year-report-says'],
} satisfies Product;
