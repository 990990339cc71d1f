import type { City } from '../../src/data/schema';

export default {
  id: 'city:shenzhen',
  kind: 'city',
  name: 'Shenzhen',
  names: { zh: '深圳', pinyin: 'Shēnzhèn' },
  aliases: ['Shumchun', 'Shum Chun', 'Shenzhen City'],
  summary:
    'Guangdong city bordering Hong Kong that grew from a small border town into a hardware and electronics hub after becoming China’s first special economic zone in 1980.',
  province: 'Guangdong',
  population: {
    value: 17_790_100,
    unit: 'people',
    year: 2023,
    source: 'https://www.ecbnnews.com/2024/04/28/reverse-the-permanent-population-of-the-four-major-first-tier-cities-has-returned-to-growth-with-guangzhou-and-shenzhen-reaching-new-highs-1013/',
    note: 'permanent residents, end of year',
  },
  gdp: {
    value: 3_460_640_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://www.ecbnnews.com/2024/04/28/reverse-the-permanent-population-of-the-four-major-first-tier-cities-has-returned-to-growth-with-guangzhou-and-shenzhen-reaching-new-highs-1013/',
    note: 'from the city’s 2023 statistical bulletin',
  },
  knownFor: ['electronics hardware', 'telecom equipment', 'drones', 'electric vehicles', 'internet services'],
  zones: ['zone:nanshan', 'zone:qianhai', 'zone:shenzhen-hi-tech-park'],
  related: ['city:hong-kong', 'city:dongguan', 'zone:greater-bay-area', 'zone:pearl-river-delta', 'policy:special-economic-zones'],
  sources: [
    'https://wikizero.net/wiki/en/Sham_Chun',
    'https://findatwiki.com/Shenzhen',
    'https://english.www.gov.cn/archive/statistics/202401/31/content_WS65b9e801c6d0868f4e8e3aa0.html',
    'https://www.ecbnnews.com/2024/04/28/reverse-the-permanent-population-of-the-four-major-first-tier-cities-has-returned-to-growth-with-guangzhou-and-shenzhen-reaching-new-highs-1013/',
  ],
} satisfies City;
