import type { City } from '../../src/data/schema';

export default {
  id: 'city:guangzhou',
  kind: 'city',
  name: 'Guangzhou',
  names: { zh: '广州', zhHant: '廣州', pinyin: 'Guǎngzhōu' },
  // Canton is also a town name in the US and a Swiss administrative unit ("canton").
  aliases: [{ text: 'Canton', exactCase: true, needsContext: 'place-name' }, 'Kwangchow', 'Guangzhou City'],
  summary:
    'Capital of Guangdong on the Pearl River, long a trading port (the Canton of old) and now a base for carmakers, gaming and online retail.',
  province: 'Guangdong',
  population: {
    value: 18_827_000,
    unit: 'people',
    year: 2023,
    source: 'https://www.xkb.com.cn/articleDetail/300332',
    note: 'permanent residents, end of year',
  },
  knownFor: ['trade', 'automotive', 'online games', 'e-commerce', 'logistics'],
  zones: ['zone:nansha'],
  related: ['city:shenzhen', 'city:foshan', 'zone:greater-bay-area', 'zone:pearl-river-delta', 'company:xpeng', 'company:shein'],
  sources: ['https://en.wikipedia.org/wiki/Guangzhou', 'https://www.xkb.com.cn/articleDetail/300332'],
} satisfies City;
