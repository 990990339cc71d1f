import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:mass-entrepreneurship',
  kind: 'policy',
  name: 'Mass Entrepreneurship and Innovation',
  names: { zh: '大众创业、万众创新', zhHant: '大眾創業、萬眾創新', pinyin: 'dàzhòng chuàngyè, wànzhòng chuàngxīn' },
  aliases: [
    'mass entrepreneurship and mass innovation',
    'mass entrepreneurship and innovation campaign',
    'Mass Entrepreneurship and Innovation Week',
    '大众创业万众创新',
    '双创',
  ],
  summary:
    'A drive first proposed by Premier Li Keqiang at the Summer Davos forum in Tianjin in September 2014 to spur start-ups and grassroots innovation through easier registration, incubators, funding and tax support; in 2017 Li said market entities had grown by an average of 40,000 a day over the previous three years.',
  year: {
    value: 2014,
    source: 'https://www.china.org.cn/english/china_key_words/2017-06/26/content_41098576.htm',
    note: 'first proposed at Summer Davos, Tianjin, September 2014',
  },
  issuer: 'State Council',
  goals: [
    'Lower barriers to starting a business and remove limits on the movement of talent.',
    'Build incubators and funds for small firms.',
    'Create jobs and new growth drivers through innovation.',
  ],
  related: ['policy:internet-plus'],
  sources: [
    'https://www.china.org.cn/english/china_key_words/2017-06/26/content_41098576.htm',
    'https://covid-19.chinadaily.com.cn/china/2017-06/27/content_29904737.htm',
  ],
} satisfies Policy;
