import type { Company } from '../../src/data/schema';

export default {
  id: 'company:wuxi-apptec',
  kind: 'company',
  name: 'WuXi AppTec',
  names: { zh: '药明康德', zhHant: '藥明康德', pinyin: 'Yàomíng Kāngdé' },
  aliases: ['WuXi PharmaTech', 'WuXi AppTec Co', 'WuXi AppTec Group'],
  summary:
    'Shanghai contract research, development and manufacturing group that makes drug ingredients and runs lab work for pharmaceutical and biotech companies worldwide. It listed in New York in 2007, went private in 2015 and relisted in Shanghai and Hong Kong in 2018.',
  founded: { value: 2000, source: 'https://en.wikipedia.org/wiki/WuXi_AppTec', note: 'December 2000, as WuXi PharmaTech' },
  headquarters: 'city:shanghai',
  founders: ['Ge Li'],
  sectors: ['contract research', 'pharmaceutical manufacturing', 'biotechnology services'],
  listings: [
    { exchange: 'SSE', ticker: '603259', since: 2018 },
    { exchange: 'HKEX', ticker: '2359', since: 2018 },
  ],
  related: ['city:shanghai', 'city:wuxi', 'city:suzhou'],
  sources: [
    'https://en.wikipedia.org/wiki/WuXi_AppTec',
    'https://en.prnasia.com/releases/global/wuxi-apptec-achieved-strong-growth-in-first-half-of-2020-with-china-sites-resuming-full-operations-288125.shtml',
    'https://www.wuxiapptec.com/com_ceospage.html',
  ],
} satisfies Company;
