import type { Company } from '../../src/data/schema';

export default {
  id: 'company:akeso',
  kind: 'company',
  name: 'Akeso',
  names: { zh: '康方生物', pinyin: 'Kāngfāng Shēngwù' },
  aliases: ['Akeso Inc', 'Akeso Biopharma', 'AkesoBio'],
  summary:
    "Zhongshan biotech company specialising in bispecific antibodies; its PD-1/VEGF drug ivonescimab outperformed Merck's Keytruda in a late-stage lung-cancer trial and is licensed abroad to Summit Therapeutics.",
  founded: {
    value: 2012,
    source: 'https://partners.time.com/collections/time100-health-2025/7279640/michelle-xia',
    note: 'March 2012',
  },
  headquarters: 'city:zhongshan',
  founders: ['Michelle Xia'],
  sectors: ['biotechnology', 'antibody drugs', 'oncology'],
  listings: [{ exchange: 'HKEX', ticker: '9926' }],
  related: ['company:innovent', 'company:beigene'],
  sources: [
    'https://partners.time.com/collections/time100-health-2025/7279640/michelle-xia',
    'https://akesobio.com/en/media/akeso-news/2020-07-30/',
  ],
} satisfies Company;
