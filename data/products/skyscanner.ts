import type { Product } from '../../src/data/schema';

export default {
  id: 'product:skyscanner',
  kind: 'product',
  name: 'Skyscanner',
  names: { zh: '天巡', pinyin: 'Tiānxún' },
  aliases: ['Skyscanner Ltd', 'Tianxun'],
  summary:
    'Edinburgh-based travel search site bought by Ctrip (now Trip.com Group) in 2016 for about £1.4 billion; it continues to run independently.',
  owner: 'company:trip-com',
  category: 'platform',
  what: 'travel search engine for flights, hotels and car hire',
  launched: {
    value: 2003,
    source: 'https://en.wikipedia.org/wiki/Skyscanner',
    note: 'founded in Edinburgh; first version released in 2002',
  },
  headline: {
    value: 60_000_000,
    unit: 'users',
    year: 2016,
    source: 'https://computing.co.uk/news/2478328/uk-dot-com-skyscanner-scooped-up-by-chinas-ctrip-in-gbp14bn-deal',
    note: 'monthly active users claimed at the time of the sale',
  },
  related: ['company:trip-com'],
  sources: [
    'https://en.wikipedia.org/wiki/Skyscanner',
    'https://computing.co.uk/news/2478328/uk-dot-com-skyscanner-scooped-up-by-chinas-ctrip-in-gbp14bn-deal',
    'https://www.theregister.com/2016/11/24/scottish_searchengine_skyscanner_sells_scrapey_self_to_ctrip_for_14bn/',
  ],
  disputed: [
    {
      field: 'launched',
      values: [
        { value: 2003, source: 'https://en.wikipedia.org/wiki/Skyscanner' },
        {
          value: 2001,
          source: 'https://www.theregister.com/2016/11/24/scottish_searchengine_skyscanner_sells_scrapey_self_to_ctrip_for_14bn/',
        },
      ],
      note: 'The founders conceived the idea in 2001; the company was formed in 2003.',
    },
  ],
} satisfies Product;
