import type { City } from '../../src/data/schema';

export default {
  id: 'city:shanghai',
  kind: 'city',
  name: 'Shanghai',
  names: { zh: '上海', pinyin: 'Shànghǎi' },
  aliases: ['Shanghai Municipality', 'Shanghai City'],
  summary:
    'Directly administered municipality at the mouth of the Yangtze and mainland China’s financial centre, with large chip, biotech and car industries around Pudong.',
  province: 'municipality',
  population: {
    value: 24_874_500,
    unit: 'people',
    year: 2023,
    source: 'https://www.ecbnnews.com/2024/04/28/reverse-the-permanent-population-of-the-four-major-first-tier-cities-has-returned-to-growth-with-guangzhou-and-shenzhen-reaching-new-highs-1013/',
    note: 'permanent residents, end of year',
  },
  gdp: { value: 4_720_000_000_000, unit: 'CNY', year: 2023, source: 'https://www.shine.cn/biz/economy/2401287604/' },
  knownFor: ['finance', 'semiconductors', 'biotech', 'automotive', 'shipping'],
  zones: ['zone:zhangjiang', 'zone:lingang', 'zone:shanghai-ftz'],
  related: ['zone:yangtze-river-delta', 'city:suzhou', 'city:hangzhou', 'policy:star-market'],
  sources: [
    'https://www.wikiwand.com/en/Shanghai',
    'https://www.shine.cn/biz/economy/2401287604/',
    'https://www.ecbnnews.com/2024/04/28/reverse-the-permanent-population-of-the-four-major-first-tier-cities-has-returned-to-growth-with-guangzhou-and-shenzhen-reaching-new-highs-1013/',
  ],
  disputed: [
    {
      field: 'population',
      values: [
        { value: '24,874,500 (2023)', source: 'https://review.clateway.com/wiki/view_html.php?lang=en&q=Shanghai&sq=Envato' },
        { value: '26,875,500 (2022)', source: 'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Shanghai' },
      ],
      note: 'Two copies of the same encyclopedia infobox differ by two million; the 2022 figure looks like a transcription slip, since the same page gives 24.89 million for 2021.',
    },
  ],
} satisfies City;
