import type { City } from '../../src/data/schema';

export default {
  id: 'city:kunming',
  kind: 'city',
  name: 'Kunming',
  names: { zh: '昆明', pinyin: 'Kūnmíng' },
  aliases: ['Kunming City'],
  summary:
    'Capital of Yunnan, promoted as China’s gateway to South and Southeast Asia; the China–Laos Railway runs from here to Vientiane.',
  province: 'Yunnan',
  knownFor: ['cross-border trade', 'logistics', 'flowers'],
  zones: [],
  related: ['policy:belt-and-road'],
  sources: [
    'https://www.chinadailyasia.com/articles/250/108/45/1497863095041.html',
    'https://www.china-railway.com.cn/english/news/202509/t20250911_148423.html',
  ],
} satisfies City;
