import type { Company } from '../../src/data/schema';

export default {
  id: 'company:cambricon',
  kind: 'company',
  name: 'Cambricon',
  names: { zh: '寒武纪', zhHant: '寒武紀', pinyin: 'Hánwǔjì' },
  // 寒武纪 is also the Cambrian period.
  aliases: [
    'Cambricon Technologies',
    'Cambricon Technologies Corporation',
    '寒武纪科技',
    '寒武紀科技',
    '中科寒武纪',
    { text: '寒武纪', needsContext: 'common-word' },
    { text: '寒武紀', needsContext: 'common-word' },
  ],
  summary:
    'Beijing AI-chip designer spun out of the Chinese Academy of Sciences; once reliant on Huawei, it has become a domestic alternative to Nvidia accelerators.',
  founded: {
    value: 2016,
    source: 'https://www.scmp.com/tech/start-ups/article/3038734/brothers-behind-cambricon-chip-start-powering-chinas-ai-ambitions',
    note: 'March 2016',
  },
  headquarters: 'city:beijing',
  founders: ['Chen Yunji', 'Chen Tianshi'],
  sectors: ['semiconductors', 'AI chips'],
  listings: [{ exchange: 'SSE STAR', ticker: '688256', since: 2020 }],
  employees: { value: 999, unit: 'employees', year: 2023, source: 'https://en.wikipedia.org/wiki/Cambricon_Technologies' },
  revenue: {
    value: 1.2e9,
    unit: 'CNY',
    year: 2024,
    source:
      'https://www.tomshardware.com/tech-industry/artificial-intelligence/chinas-cambricon-posts-first-profit-as-demand-for-this-nvidia-rivals-ai-processors-explodes',
    note: "about 1.2 billion yuan, up nearly 70%: the company's preliminary estimate of January 2025",
  },
  related: ['company:huawei', 'company:hygon', 'company:moore-threads', 'policy:star-market', 'city:beijing'],
  sources: [
    'https://en.wikipedia.org/wiki/Cambricon_Technologies',
    'https://news.cgtn.com/news/2020-07-20/Cambricon-s-shares-surge-by-almost-300-at-opening-bell-in-IPO-debut-ShgtMtwIlG/index.html',
    'https://www.scmp.com/tech/start-ups/article/3038734/brothers-behind-cambricon-chip-start-powering-chinas-ai-ambitions',
    'https://yicaiglobal.com/star50news/2024_03_076666035680193282061',
    'https://www.tomshardware.com/tech-industry/artificial-intelligence/chinas-cambricon-posts-first-profit-as-demand-for-this-nvidia-rivals-ai-processors-explodes',
  ],
} satisfies Company;
