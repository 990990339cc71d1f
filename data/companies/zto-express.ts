import type { Company } from '../../src/data/schema';

export default {
  id: 'company:zto-express',
  kind: 'company',
  name: 'ZTO Express',
  names: { zh: '中通快递', zhHant: '中通快遞', pinyin: 'Zhōngtōng Kuàidì' },
  aliases: ['ZTO Express (Cayman)', 'Zhongtong Express', '中通'],
  summary:
    "One of China's largest parcel couriers, running its hubs and trunk routes itself and leaving pickup and delivery to network partners; much of its volume comes from e-commerce. It listed in New York in 2016 and later in Hong Kong.",
  founded: { value: 2002, source: 'https://en.wikipedia.org/wiki/ZTO_Express', note: 'May 2002' },
  headquarters: 'city:shanghai',
  founders: ['Lai Meisong'],
  sectors: ['express delivery', 'logistics'],
  listings: [
    { exchange: 'NYSE', ticker: 'ZTO', since: 2016 },
    { exchange: 'HKEX', ticker: '2057' },
  ],
  revenue: {
    value: 38_420_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/ZTO_Express',
    note: 'fiscal year 2023',
  },
  employees: { value: 23_554, unit: 'employees', year: 2023, source: 'https://en.wikipedia.org/wiki/ZTO_Express' },
  related: ['city:shanghai', 'company:alibaba', 'company:cainiao', 'company:sf-express'],
  sources: ['https://en.wikipedia.org/wiki/ZTO_Express'],
} satisfies Company;
