import type { Company } from '../../src/data/schema';

export default {
  id: 'company:sensetime',
  kind: 'company',
  name: 'SenseTime',
  names: { zh: '商汤科技', zhHant: '商湯科技', pinyin: 'Shāngtāng Kējì' },
  aliases: ['SenseTime Group', { text: '商汤', needsContext: 'person-name' }, { text: '商湯', needsContext: 'person-name' }],
  summary:
    'Computer-vision and AI company spun out of a Chinese University of Hong Kong lab, best known for face recognition; US sanctions delayed its 2021 Hong Kong listing.',
  founded: {
    value: 2014,
    source: 'https://www.weekinchina.com/chapter/unicorn-top-50-ranking/sensetime-2/',
  },
  headquarters: 'city:hong-kong',
  founders: ['Tang Xiaoou', 'Xu Li'],
  sectors: ['artificial intelligence', 'computer vision', 'facial recognition'],
  listings: [{ exchange: 'HKEX', ticker: '0020', since: 2021 }],
  related: ['city:hong-kong', 'city:shanghai', 'city:beijing', 'company:megvii'],
  sources: [
    'https://www.scmp.com/business/companies/article/3161461/sensetime-set-underwhelming-hong-kong-debut-us851-million-ipo',
    'https://www.weekinchina.com/chapter/unicorn-top-50-ranking/sensetime-2/',
    'https://uk.reuters.com/article/sensetime-ipo/exclusive-chinas-sensetime-plans-ipo-aims-to-open-rd-centre-in-us-idUKL3N1NT1SM',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        {
          value: 'Hong Kong',
          source:
            'https://uk.reuters.com/article/sensetime-ipo/exclusive-chinas-sensetime-plans-ipo-aims-to-open-rd-centre-in-us-idUKL3N1NT1SM',
        },
        {
          value: 'Beijing',
          source:
            'https://uk.reuters.com/article/sensetime-ipo/exclusive-chinas-sensetime-plans-ipo-aims-to-open-rd-centre-in-us-idUKL3N1NT1SM',
        },
      ],
      note: 'Reuters described it in 2017 as based in both Hong Kong and Beijing.',
    },
  ],
} satisfies Company;
