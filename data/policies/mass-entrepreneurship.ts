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
  summary: 'A government drive, championed by Premier Li Keqiang, to spur start-ups and grassroots innovation through easier registration, incubators, funding and tax support.',
  year: { value: 2015, source: 'https://www.lexology.com/library/detail.aspx?g=469d8919-5690-4f60-a5ab-f42e16ee1017', note: 'State Council policy package of 2015' },
  issuer: 'State Council',
  goals: [
    'Lower barriers to starting a business and remove limits on the movement of talent.',
    'Build incubators and funds for small firms.',
    'Create jobs and new growth drivers through innovation.',
  ],
  related: ['policy:internet-plus'],
  sources: [
    'https://www.lexology.com/library/detail.aspx?g=469d8919-5690-4f60-a5ab-f42e16ee1017',
    'https://wodeyuanxiao.com/Educationandtraining/gbjhyxtmok.html',
    'https://covid-19.chinadaily.com.cn/china/2017-06/27/content_29904737.htm',
  ],
} satisfies Policy;
