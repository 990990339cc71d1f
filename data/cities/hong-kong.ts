import type { City } from '../../src/data/schema';

export default {
  id: 'city:hong-kong',
  kind: 'city',
  name: 'Hong Kong',
  names: { zh: '香港', pinyin: 'Xiānggǎng' },
  aliases: [
    { text: 'HK', exactCase: true, needsContext: 'abbreviation' },
    { text: 'HKSAR', exactCase: true },
    'Hong Kong SAR',
    'Hong Kong Special Administrative Region',
    'Hongkong',
  ],
  summary:
    'Special administrative region on the Pearl River estuary with its own laws and currency; an international finance centre and a major listing venue for Chinese tech firms.',
  province: 'SAR',
  population: {
    value: 7_498_100,
    unit: 'people',
    year: 2023,
    source: 'https://www.augustman.com/hk/news/hong-kong-population-to-hit-eight-million-by-2046/',
    note: 'mid-2023 estimate, Census and Statistics Department',
  },
  gdp: {
    value: 2_981_600_000_000,
    unit: 'HKD',
    year: 2023,
    source: 'https://www.bayarea.gov.hk/en/about/hongkong.html',
    note: 'nominal, as given by the Hong Kong SAR Government',
  },
  knownFor: ['finance', 'stock listings', 'trade', 'logistics'],
  zones: [],
  related: ['city:shenzhen', 'city:macau', 'zone:greater-bay-area', 'zone:qianhai'],
  sources: [
    'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Hongkong',
    'https://cia.gov/the-world-factbook/about/archives/2023/countries/hong-kong/summaries',
    'https://www.augustman.com/hk/news/hong-kong-population-to-hit-eight-million-by-2046/',
    'https://www.bayarea.gov.hk/en/about/hongkong.html',
  ],
  disputed: [
    {
      field: 'population',
      values: [
        { value: '7,498,100 (2023 estimate)', source: 'https://www.augustman.com/hk/news/hong-kong-population-to-hit-eight-million-by-2046/' },
        { value: '7,288,167 (2023 estimate)', source: 'https://cia.gov/the-world-factbook/about/archives/2023/countries/hong-kong/summaries' },
      ],
      note: 'Different estimators; the lower one is the CIA World Factbook’s.',
    },
    {
      field: 'gdp',
      values: [
        { value: 'US$385.5 billion (2023 estimate)', source: 'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Hongkong' },
        { value: 'US$382.1 billion (2023)', source: 'https://knoema.com/atlas/香港/topics/Age/datasets' },
        { value: 'HK$2,981.6 billion (2023)', source: 'https://www.bayarea.gov.hk/en/about/hongkong.html' },
      ],
      note: 'An early US-dollar estimate, a later US-dollar figure, and the government’s own HK-dollar figure, which the entry now uses.',
    },
  ],
} satisfies City;
