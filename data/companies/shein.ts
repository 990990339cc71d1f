import type { Company } from '../../src/data/schema';

export default {
  id: 'company:shein',
  kind: 'company',
  name: 'Shein',
  names: { zh: '希音', pinyin: 'Xīyīn' },
  aliases: ['SheInside', 'ZZKKO', 'Roadget Business'],
  summary:
    'Online fast-fashion retailer founded in Nanjing, run from a Guangzhou supplier network and, since 2022, headquartered in Singapore.',
  founded: {
    value: 2008,
    source: 'https://en.wikipedia.org/wiki/Shein',
    note: 'October 2008 in Nanjing, as ZZKKO',
  },
  headquarters: 'Singapore',
  founders: ['Chris Xu'],
  sectors: ['fast fashion', 'e-commerce', 'cross-border e-commerce'],
  listings: [],
  revenue: { value: 32e9, unit: 'USD', year: 2023, source: 'https://en.wikipedia.org/wiki/Shein' },
  related: ['company:pdd-holdings', 'city:guangzhou', 'city:nanjing', 'policy:cross-border-ecommerce-zones'],
  sources: [
    'https://en.wikipedia.org/wiki/Shein',
    'https://www2.yicaiglobal.com/news/sheins-founder-says-chinese-online-retailer-maintained-rapid-growth-in-2025-in-first-ever-public-speech',
    'https://www.campaignasia.com/article/shein-s-elusive-founder-steps-into-spotlight-with-1-4-billion-china-bet-amid-hong-kong-ipo-push/42vhb3zvvpb63wxpqghkqgpdxt',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Singapore', source: 'https://en.wikipedia.org/wiki/Shein' },
        {
          value: 'Guangzhou',
          source:
            'https://www.campaignasia.com/article/shein-s-elusive-founder-steps-into-spotlight-with-1-4-billion-china-bet-amid-hong-kong-ipo-push/42vhb3zvvpb63wxpqghkqgpdxt',
        },
        { value: 'Nanjing', source: 'https://chinaeconomicreview.com/shein-planning-2bn-guangzhou-supply-chain-base/' },
      ],
      note: 'Founded in Nanjing, operated from Guangzhou since 2014 (its "supply chain headquarters"), holding company registered in Singapore.',
    },
    {
      field: 'founded',
      values: [
        { value: 2008, source: 'https://en.wikipedia.org/wiki/Shein' },
        { value: 2012, source: 'https://www.thetimes.co.uk/article/shein-gen-zs-fashion-star-has-burnt-brightly-can-it-last-nhb06l73c' },
      ],
      note: 'Chris Xu set up ZZKKO in Nanjing in October 2008; The Times (2023) dates the founding of Shein, then a wedding-dress site, to 2012.',
    },
  ],
} satisfies Company;
