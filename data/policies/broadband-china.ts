import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:broadband-china',
  kind: 'policy',
  name: 'Broadband China',
  names: { zh: '宽带中国', zhHant: '寬頻中國', pinyin: 'Kuāndài Zhōngguó' },
  aliases: ['Broadband China strategy', 'Broadband China plan', '宽带中国战略'],
  summary:
    'A national strategy announced by the State Council on 17 August 2013 to cover urban and rural China with broadband by 2020, in three phases, with gigabit access in some developed cities by the end.',
  year: {
    value: 2013,
    source: 'https://europe.chinadaily.com.cn/business/2013-08-19/content_16903350.htm',
    note: 'announced 17 August 2013',
  },
  issuer: 'State Council',
  period: { from: 2013, to: 2020 },
  goals: [
    'Cover urban and rural households with broadband by 2020, with fixed broadband for half of households by 2015.',
    'Lift speeds, with gigabit access for families in some developed cities by 2020.',
    'Treat broadband as strategic public infrastructure.',
  ],
  related: ['policy:internet-plus'],
  sources: ['https://europe.chinadaily.com.cn/business/2013-08-19/content_16903350.htm'],
} satisfies Policy;
