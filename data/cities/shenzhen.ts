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
    value: 17_989_500,
    unit: 'people',
    year: 2024,
    source: 'https://hk.on.cc/hk/bkn/cnt/news/20250331/bkn-20250331110352676-0331_00822_001_cn.html',
    note: 'permanent residents, end of year (Shenzhen government figures)',
  },
  gdp: {
    value: 3_680_000_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://www.szdaily.com/content/2025-12/19/content_31819119.htm',
    note: 'about 3.68 trillion yuan, as given by the mayor in December 2025',
  },
  knownFor: ['electronics hardware', 'telecom equipment', 'drones', 'electric vehicles', 'internet services'],
  zones: ['zone:nanshan', 'zone:qianhai', 'zone:shenzhen-hi-tech-park', 'zone:hetao', 'zone:huaqiangbei', 'zone:guangming-science-city'],
  related: ['city:hong-kong', 'city:dongguan', 'zone:greater-bay-area', 'zone:pearl-river-delta', 'policy:special-economic-zones'],
  sources: [
    'https://en.wikipedia.org/wiki/Shenzhen',
    'https://english.www.gov.cn/archive/statistics/202401/31/content_WS65b9e801c6d0868f4e8e3aa0.html',
    'https://www.szdaily.com/content/2025-12/19/content_31819119.htm',
    'https://hk.on.cc/hk/bkn/cnt/news/20250331/bkn-20250331110352676-0331_00822_001_cn.html',
  ],
} satisfies City;
