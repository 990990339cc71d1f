import type { Company } from '../../src/data/schema';

export default {
  id: 'company:pony-ai',
  kind: 'company',
  name: 'Pony.ai',
  names: { zh: '小马智行', zhHant: '小馬智行', pinyin: 'Xiǎomǎ Zhìxíng' },
  aliases: ['Pony AI', 'PonyAI', 'Pony.ai Inc', { text: 'Pony', needsContext: 'common-word', exactCase: true }],
  summary:
    'Robotaxi and self-driving truck developer started in Silicon Valley by two former Baidu engineers and run from Guangzhou; it listed on Nasdaq in 2024 and added a Hong Kong listing in 2025.',
  founded: {
    value: 2016,
    source: 'https://hessslslslsls.azureedge.net/wiki/Pony.ai',
    note: 'December 2016, in Silicon Valley',
  },
  headquarters: 'city:guangzhou',
  founders: ['James Peng', 'Tiancheng Lou'],
  sectors: ['autonomous driving', 'robotaxis'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'PONY', since: 2024 },
    { exchange: 'HKEX', ticker: '2026', since: 2025 },
  ],
  employees: {
    value: 1359,
    unit: 'employees',
    year: 2024,
    source: 'https://moomoo.com/community/feed/pony-ai-debuts-on-nasdaq-at-usd5-billion-valuation-113561575948294',
    note: 'as of 30 June 2024',
  },
  related: ['city:guangzhou', 'city:beijing', 'company:baidu', 'company:weride'],
  sources: [
    'https://hessslslslsls.azureedge.net/wiki/Pony.ai',
    'https://world-economist.com/?p=46994',
    'https://equalocean.com/news/2024112721213',
    'https://yicaiglobal.com/news/chinese-self-driving-startup-ponyai-drops-in-new-york-debut',
    'https://moomoo.com/community/feed/pony-ai-debuts-on-nasdaq-at-usd5-billion-valuation-113561575948294',
    'https://xintangai.com/nada-detiene-a-pony-ai-en-su-salida-a-bolsa-en-hong-kong-afirma-su-ceo-james-peng',
    'https://www.nstfhg.com/index/Article/detail.html?cate=5&id=1015',
    'https://gfe-desktop.cnyes.com/news/id/6223656',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Guangzhou', source: 'https://world-economist.com/?p=46994' },
        { value: 'Fremont, California', source: 'https://hessslslslsls.azureedge.net/wiki/Pony.ai' },
      ],
      note: 'Founded in Silicon Valley and incorporated in the Cayman Islands; recent reporting calls it Guangzhou-based.',
    },
  ],
} satisfies Company;
