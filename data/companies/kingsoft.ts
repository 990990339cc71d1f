import type { Company } from '../../src/data/schema';

const ASIA_FINANCIAL = 'https://www.asiafinancial.com/the-story-of-kingsoft-a-chinese-microsoft';
const PANDAILY = 'https://pandaily.com/lei-jun-kingsofts-success-is-attributed-to-the-mobile-internet-era/';
const WIKI_WPS = 'https://en.wikipedia.org/wiki/WPS_Office';

export default {
  id: 'company:kingsoft',
  kind: 'company',
  name: 'Kingsoft',
  names: { zh: '金山软件', zhHant: '金山軟件', pinyin: 'Jīnshān Ruǎnjiàn' },
  aliases: ['Kingsoft Corporation', 'Kingsoft Office', 'Kingsoft Office Software', '金山办公', '金山辦公'],
  summary:
    "One of China's oldest software companies, maker of the WPS Office suite; its office-software arm, Kingsoft Office, listed on the STAR Market in 2019, and its cloud arm, Kingsoft Cloud, trades on Nasdaq.",
  founded: { value: 1988, source: ASIA_FINANCIAL, note: 'in Shenzhen' },
  headquarters: 'city:zhuhai',
  founders: ['Qiu Bojun'],
  sectors: ['office software', 'cloud computing', 'video games'],
  listings: [{ exchange: 'HKEX', ticker: '3888' }],
  related: ['company:xiaomi', 'city:zhuhai', 'policy:star-market'],
  sources: [ASIA_FINANCIAL, PANDAILY, WIKI_WPS],
} satisfies Company;
