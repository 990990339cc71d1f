import type { Company } from '../../src/data/schema';

export default {
  id: 'company:loongson',
  kind: 'company',
  name: 'Loongson Technology',
  names: { zh: '龙芯中科', zhHant: '龍芯中科', pinyin: 'Lóngxīn Zhōngkē' },
  aliases: ['Loongson', 'Loongson Technology Corporation', { text: 'Godson', needsContext: 'common-word' }, '龙芯', '龍芯'],
  summary:
    'Chinese CPU designer spun out of the Chinese Academy of Sciences, whose processors now run its own LoongArch instruction set; mainly sold to state buyers and added to the US Entity List in 2023.',
  founded: {
    value: 2010,
    source: 'https://en.wikipedia.org/wiki/Loongson',
    note: 'company formed April 2010; the Godson chip project began in 2001',
  },
  headquarters: 'city:beijing',
  founders: ['Hu Weiwu'],
  sectors: ['cpu design', 'loongarch'],
  listings: [{ exchange: 'SSE STAR', ticker: '688047' }],
  revenue: {
    value: 1_100_000_000,
    unit: 'CNY',
    year: 2020,
    source:
      'https://www.caixinglobal.com/2021-06-29/chinese-cpu-designer-loongson-wants-to-raise-500-million-in-star-market-ipo-101733923.html',
    note: 'operating revenue',
  },
  related: ['city:beijing', 'zone:haidian', 'zone:zhongguancun', 'company:hygon', 'policy:star-market'],
  sources: [
    'https://en.wikipedia.org/wiki/Loongson',
    'https://www.scmp.com/business/banking-finance/article/3139124/loongson-files-us542-million-ipo-star-market-chinas-home',
    'https://www.caixinglobal.com/2021-06-29/chinese-cpu-designer-loongson-wants-to-raise-500-million-in-star-market-ipo-101733923.html',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2010, source: 'https://en.wikipedia.org/wiki/Loongson' },
        {
          value: 2001,
          source: 'https://www.scmp.com/business/banking-finance/article/3139124/loongson-files-us542-million-ipo-star-market-chinas-home',
        },
      ],
      note: 'SCMP dates it from the 2001 CAS research team; the company itself was formed in 2010.',
    },
    {
      field: 'headquarters',
      values: [
        { value: 'Beijing', source: 'https://en.wikipedia.org/wiki/Loongson' },
        {
          value: 'Shanghai',
          source:
            'https://www.caixinglobal.com/2021-06-29/chinese-cpu-designer-loongson-wants-to-raise-500-million-in-star-market-ipo-101733923.html',
        },
      ],
      note: "Caixin's IPO report calls it Shanghai-based; Wikipedia and SCMP place it in Beijing's Haidian district.",
    },
  ],
} satisfies Company;
