import type { Product } from '../../src/data/schema';

export default {
  id: 'product:ele-me',
  kind: 'product',
  name: 'Ele.me',
  names: { zh: '饿了么', zhHant: '餓了麼', pinyin: 'È le me' },
  aliases: [
    'Eleme',
    'Ele me',
  ],
  summary:
    "Food-delivery platform started by students in Shanghai and fully acquired by Alibaba in 2018; Meituan's main rival in Chinese takeaway delivery.",
  owner: 'company:alibaba',
  category: 'app',
  what: 'food delivery and local services app',
  launched: {
    value: 2008,
    source: 'https://en.wikipedia.org/wiki/Ele.me',
    note: 'founded at Shanghai Jiao Tong University',
  },
  headline: {
    value: 260_000_000,
    unit: 'users',
    year: 2017,
    source: 'https://www.business-standard.com/amp/article/international/alibaba-buys-shanghai-based-food-delivery-startup-ele-me-in-9-5-bn-deal-118040200389_1.html',
    note: 'users, mid-2017 (company figure)',
  },
  related: ['company:alibaba', 'company:meituan', 'city:shanghai'],
  sources: [
    'https://en.wikipedia.org/wiki/Ele.me',
    'https://www.business-standard.com/amp/article/international/alibaba-buys-shanghai-based-food-delivery-startup-ele-me-in-9-5-bn-deal-118040200389_1.html',
  ],
} satisfies Product;
