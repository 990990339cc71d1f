import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:greater-bay-area',
  kind: 'zone',
  name: 'Guangdong-Hong Kong-Macao Greater Bay Area',
  names: { zh: '粤港澳大湾区', zhHant: '粵港澳大灣區', pinyin: 'Yuè Gǎng Ào Dàwānqū' },
  aliases: [
    'Greater Bay Area',
    'Guangdong–Hong Kong–Macao Greater Bay Area',
    'Guangdong-Hong Kong-Macau Greater Bay Area',
    'Guangdong–Hong Kong–Macau Greater Bay Area',
    { text: 'GBA', exactCase: true, needsContext: 'abbreviation' },
    // In English by default San Francisco's, and in lower case the plain words: a place name China shares.
    { text: 'Bay Area', needsContext: 'place-name' },
    '大湾区',
    '大灣區',
  ],
  summary: 'Plan to knit Hong Kong, Macau and nine Pearl River Delta cities of Guangdong into one integrated economy and innovation hub.',
  zoneType: 'region',
  cities: ['city:guangzhou', 'city:shenzhen', 'city:zhuhai', 'city:foshan', 'city:dongguan', 'city:hong-kong', 'city:macau'],
  established: {
    value: 2019,
    source: 'https://www.dsedt.gov.mo/en_US/web/public/pg_rc_ghmba?fid=670abb9c9b958c1906592639ea906be478f09904',
    note: 'Outline Development Plan published in February 2019',
  },
  area: {
    value: 56_000,
    unit: 'km2',
    year: 2019,
    source: 'https://www.dsedt.gov.mo/en_US/web/public/pg_rc_ghmba?fid=670abb9c9b958c1906592639ea906be478f09904',
    note: 'land area',
  },
  focus: ['technology and innovation', 'finance', 'advanced manufacturing', 'logistics'],
  related: ['zone:pearl-river-delta', 'zone:qianhai', 'zone:hengqin', 'zone:nansha'],
  sources: [
    'https://www.dsedt.gov.mo/en_US/web/public/pg_rc_ghmba?fid=670abb9c9b958c1906592639ea906be478f09904',
    'https://www.chinadaily.com.cn/a/201912/20/WS5dfbfc41a310cf3e3557f5ce_4.html',
    'https://en.wikipedia.org/wiki/Guangdong%E2%80%93Hong_Kong%E2%80%93Macao_Greater_Bay_Area',
  ],
  disputed: [
    {
      field: 'established',
      values: [
        { value: 2017, source: 'https://global.chinadaily.com.cn/regional/2020-06/01/content_37536491.htm' },
        { value: 2019, source: 'https://www.dsedt.gov.mo/en_US/web/public/pg_rc_ghmba?fid=670abb9c9b958c1906592639ea906be478f09904' },
      ],
      note: 'A framework agreement was signed in July 2017; the outline plan followed in February 2019.',
    },
  ],
} satisfies Zone;
