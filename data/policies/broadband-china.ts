import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:broadband-china',
  kind: 'policy',
  name: 'Broadband China',
  names: { zh: '宽带中国', zhHant: '寬頻中國', pinyin: 'Kuāndài Zhōngguó' },
  aliases: ['Broadband China strategy', 'Broadband China plan', '宽带中国战略'],
  summary: 'A national strategy announced by the State Council in August 2013 to extend fixed and mobile broadband to all cities and villages by 2020 and raise speeds.',
  year: { value: 2013, source: 'https://usito.org/news/state-council-announces-broadband-china-plan', note: 'announced 17 August 2013' },
  issuer: 'State Council',
  period: { from: 2013, to: 2020 },
  goals: [
    'Cover urban and rural households with broadband by 2020.',
    'Lift average speeds, with gigabit access in some cities by 2020.',
    'Treat broadband as strategic public infrastructure.',
  ],
  related: [],
  sources: ['https://usito.org/news/state-council-announces-broadband-china-plan', 'https://www.bbcmag.com/breaking-news/china-announces-nationwide-broadband-strategy'],
} satisfies Policy;
