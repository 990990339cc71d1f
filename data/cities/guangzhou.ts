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
  gdp: {
    value: 2_820_000_000_000,
    unit: 'CNY',
    year: 2021,
    source: 'https://www.gz.gov.cn/guangzhouinternational/home/citynews/photonews/content/post_8053346.html',
    note: 'from the 2022 government work report',
  },
  knownFor: ['trade', 'automotive', 'online games', 'e-commerce', 'logistics'],
  zones: ['zone:nansha'],
  related: ['city:shenzhen', 'city:foshan', 'zone:greater-bay-area', 'zone:pearl-river-delta', 'company:xpeng', 'company:shein'],
  sources: [
    'https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Canton%2C_Guangdong',
    'https://www.wikiwand.com/en/articles/Guangzhou',
    'https://www.gz.gov.cn/guangzhouinternational/home/citynews/photonews/content/post_8053346.html',
    'https://www.xkb.com.cn/articleDetail/300332',
  ],
} satisfies City;
