import type { City } from '../../src/data/schema';

export default {
  id: 'city:dongguan',
  kind: 'city',
  name: 'Dongguan',
  names: { zh: '东莞', zhHant: '東莞', pinyin: 'Dōngguǎn' },
  aliases: ['Dongguan City'],
  summary:
    'Pearl River Delta manufacturing city between Guangzhou and Shenzhen, long called a “world factory” for electronics and consumer goods.',
  province: 'Guangdong',
  population: {
    value: 10_466_625,
    unit: 'people',
    year: 2020,
    source: 'https://askwikinow.com/view_html.php?q=Dongguan',
    note: 'permanent residents, 2020 census',
  },
  gdp: {
    value: 1_143_813_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://xinzhiss.com/?p=32957',
    note: 'Dongguan statistics bureau release, January 2024',
  },
  knownFor: ['electronics manufacturing', 'smartphone assembly', 'furniture', 'textiles'],
  zones: [],
  related: ['city:shenzhen', 'city:guangzhou', 'zone:pearl-river-delta', 'zone:greater-bay-area', 'company:oppo', 'company:vivo'],
  sources: [
    'https://askwikinow.com/view_html.php?q=Dongguan',
    'https://sourcing.hktdc.com/en/info/featured-suppliers/GuangdongDongguan/index.html',
    'https://xinzhiss.com/?p=32957',
  ],
  disputed: [
    {
      field: 'gdp',
      values: [
        { value: '1,143.8 billion yuan (2023)', source: 'https://xinzhiss.com/?p=32957' },
        { value: '1,143.8 billion yuan (given as 2022)', source: 'https://www.bkwk.cn/article/dgjjmb2tjnjsdjd-a15547739.html' },
      ],
      note: 'Same amount, different year; the second page elsewhere gives 1,120.0 billion for 2022, so its label looks like a slip.',
    },
  ],
} satisfies City;
