import type { Company } from '../../src/data/schema';

export default {
  id: 'company:realme',
  kind: 'company',
  name: 'Realme',
  names: { zh: '真我', pinyin: 'Zhēnwǒ' },
  aliases: ['Realme Mobile', 'realme 真我'],
  summary:
    'Budget smartphone brand started in May 2018 as an online-only Oppo sub-brand in India and made independent that summer under former Oppo vice-president Sky Li; like Oppo and Vivo it belongs to the BBK Electronics group, and it passed 200 million phones shipped in 2023.',
  founded: { value: 2018, source: 'https://www.digitaltrends.com/mobile/realme-smartphone-brand-news/', note: '4 May 2018' },
  headquarters: 'city:shenzhen',
  founders: ['Sky Li'],
  sectors: ['smartphones', 'consumer electronics'],
  listings: [],
  related: ['company:oppo', 'company:oneplus', 'company:vivo', 'city:shenzhen'],
  sources: [
    'https://gadgets.ndtv.com/mobiles/news/realme-separates-oppo-independent-brand-sky-li-smartphones-indian-market-1892584',
    'https://www.business-standard.com/article/news-ians/realme-splits-from-oppo-to-become-separate-brand-118073100715_1.html',
    'https://www.digitaltrends.com/mobile/realme-smartphone-brand-news/',
    'https://www.scmp.com/tech/tech-trends/article/3242898/chinas-realme-sister-brand-vivo-oppo-surges-past-200-million-smartphone-shipments',
  ],
} satisfies Company;
