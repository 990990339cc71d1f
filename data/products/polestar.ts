import type { Product } from '../../src/data/schema';

export default {
  id: 'product:polestar',
  kind: 'product',
  name: 'Polestar',
  names: { zh: '极星', zhHant: '極星', pinyin: 'Jíxīng' },
  aliases: ['Polestar 2', 'Polestar 4'],
  summary: "Electric-car brand grown out of Volvo's performance arm, owned by Volvo Cars and its parent Geely, with production in China.",
  owner: 'company:geely',
  category: 'vehicle-brand',
  what: 'performance electric-car brand',
  launched: {
    value: 2017,
    source: 'https://en.wikipedia.org/wiki/Polestar',
    note: 'relaunched as a stand-alone electric-car brand in June 2017',
  },
  related: ['company:geely', 'product:lynk-co', 'city:chengdu'],
  sources: ['https://en.wikipedia.org/wiki/Polestar', 'https://www.stern.de/auto/fahrberichte/der-aufgehende-polarstern-9359634.html'],
} satisfies Product;
