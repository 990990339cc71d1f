import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:foreign-investment-law',
  kind: 'policy',
  name: 'Foreign Investment Law',
  names: { zh: '外商投资法', zhHant: '外商投資法', pinyin: 'Wàishāng Tóuzī Fǎ' },
  aliases: [
    { text: 'Foreign Investment Law', needsContext: 'other-entity' },
    "China's Foreign Investment Law",
    "Foreign Investment Law of the People's Republic of China",
    '中华人民共和国外商投资法',
  ],
  summary:
    "The law governing foreign direct investment in China, adopted by the National People's Congress on 15 March 2019 and in force from 1 January 2020. It replaced the equity joint venture, wholly foreign-owned enterprise and cooperative joint venture laws of the reform era.",
  year: {
    value: 2019,
    source: 'https://en.wikipedia.org/wiki/Foreign_Investment_Law_of_the_People%27s_Republic_of_China',
    note: 'adopted 15 March 2019, in force 1 January 2020',
  },
  issuer: "National People's Congress",
  goals: [
    'Replace the three reform-era foreign-investment laws with a single law.',
    'Widen opening-up and protect the lawful rights and interests of foreign investors.',
    'Gradually remove caps on foreign ownership in key industries.',
  ],
  related: ['policy:reform-and-opening-up', 'policy:pilot-free-trade-zones'],
  sources: ['https://en.wikipedia.org/wiki/Foreign_Investment_Law_of_the_People%27s_Republic_of_China'],
} satisfies Policy;
