import type { Company } from '../../src/data/schema';

export default {
  id: 'company:luxshare',
  kind: 'company',
  name: 'Luxshare Precision Industry',
  names: { zh: '立讯精密', zhHant: '立訊精密', pinyin: 'Lìxùn Jīngmì' },
  aliases: ['Luxshare', 'Luxshare Precision', 'Luxshare-ICT', 'Lixun Precision', '立讯', '立訊'],
  summary:
    'Electronics manufacturer that grew from cables and connectors into a key Apple assembler of AirPods, Apple Watch, iPhones and Vision Pro; founded by former Foxconn line worker Wang Laichun (Grace Wang).',
  founded: {
    value: 2004,
    source: 'https://en.wikipedia.org/wiki/Luxshare',
    note: '24 May 2004, in Dongguan',
  },
  headquarters: 'city:dongguan',
  founders: ['Wang Laichun', 'Wang Laisheng'],
  sectors: ['electronics manufacturing', 'connectors and cables', 'consumer electronics assembly'],
  listings: [{ exchange: 'SZSE', ticker: '002475', since: 2010 }],
  related: ['city:dongguan', 'company:foxconn', 'city:shenzhen'],
  sources: [
    'https://en.wikipedia.org/wiki/Luxshare',
    'https://appleinsider.com/articles/23/10/23/how-luxshare-went-from-minor-manufacturer-to-major-iphone-supplier',
    'https://www.livemint.com/companies/tim-cook-can-t-make-iphones-without-this-chinese-company-and-its-ceo-11698038655605.html',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2004, source: 'https://en.wikipedia.org/wiki/Luxshare' },
        {
          value: 1998,
          source: 'https://appleinsider.com/articles/23/10/23/how-luxshare-went-from-minor-manufacturer-to-major-iphone-supplier',
        },
      ],
      note: 'Wang and her brother set up their first cord factory in 1998; the listed Luxshare company dates from 2004.',
    },
  ],
} satisfies Company;
