import type { Company } from '../../src/data/schema';

export default {
  id: 'company:kingsoft',
  kind: 'company',
  name: 'Kingsoft',
  names: { zh: '金山软件', zhHant: '金山軟件', pinyin: 'Jīnshān Ruǎnjiàn' },
  aliases: ['Kingsoft Corporation', 'Kingsoft Corp', { text: '金山', needsContext: 'place-name' }],
  summary:
    "One of China's oldest software companies, known for the WPS Office suite first written by Qiu Bojun; today it is a holding company for Kingsoft Office, the Seasun game studio and Kingsoft Cloud.",
  founded: {
    value: 1988,
    source: 'https://asiafinancial.com/the-story-of-kingsoft-a-chinese-microsoft',
    note: 'in Shenzhen',
  },
  headquarters: 'city:beijing',
  founders: ['Qiu Bojun'],
  sectors: ['office software', 'video games', 'cloud computing'],
  listings: [{ exchange: 'HKEX', ticker: '3888' }],
  related: ['company:kingsoft-cloud', 'company:xiaomi', 'city:beijing', 'city:zhuhai', 'city:shenzhen'],
  sources: [
    'https://asiafinancial.com/the-story-of-kingsoft-a-chinese-microsoft',
    'https://pandaily.com/lei-jun-kingsofts-success-is-attributed-to-the-mobile-internet-era/',
  ],
} satisfies Company;
