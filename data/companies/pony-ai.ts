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
    source: 'https://en.wikipedia.org/wiki/Pony.ai',
    note: 'December 2016, in Silicon Valley',
  },
  headquarters: 'city:guangzhou',
  founders: ['James Peng', 'Tiancheng Lou'],
  sectors: ['autonomous driving', 'robotaxis'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'PONY', since: 2024 },
    { exchange: 'HKEX', ticker: '2026', since: 2025 },
  ],
  related: ['city:guangzhou', 'city:beijing', 'company:baidu', 'company:weride'],
  sources: [
    'https://en.wikipedia.org/wiki/Pony.ai',
    'https://equalocean.com/news/2024112721213',
    'https://yicaiglobal.com/news/chinese-self-driving-startup-ponyai-drops-in-new-york-debut',
    'https://www.theedgesingapore.com/news/tech/pony-ai-weride-fall-hong-kong-after-duelling-robotaxi-listings',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [{ value: 'Fremont, California', source: 'https://en.wikipedia.org/wiki/Pony.ai' }],
      note: 'Founded in Silicon Valley and incorporated in the Cayman Islands; Wikipedia gives Fremont as a headquarters.',
    },
  ],
} satisfies Company;
