import type { City } from '../../src/data/schema';

export default {
  id: 'city:dalian',
  kind: 'city',
  name: 'Dalian',
  names: { zh: '大连', zhHant: '大連', pinyin: 'Dàlián' },
  aliases: ['Dairen', 'Dalian City'],
  summary:
    'Port city at the tip of the Liaodong peninsula (Dalny and Dairen under Russian and Japanese rule), now a financial, shipping and logistics centre; its economy passed 1 trillion yuan in 2025.',
  province: 'Liaoning',
  population: {
    value: 7_450_785,
    unit: 'people',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Dalian',
    note: 'permanent residents, 2020 census',
  },
  knownFor: ['software outsourcing', 'shipbuilding', 'port logistics', 'petrochemicals'],
  zones: [],
  related: ['city:shenyang'],
  sources: ['https://en.wikipedia.org/wiki/Dalian', 'https://peoplesdaily.pdnews.cn/business/er/30051321211'],
} satisfies City;
