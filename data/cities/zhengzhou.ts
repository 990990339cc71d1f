import type { City } from '../../src/data/schema';

export default {
  id: 'city:zhengzhou',
  kind: 'city',
  name: 'Zhengzhou',
  names: { zh: '郑州', zhHant: '鄭州', pinyin: 'Zhèngzhōu' },
  aliases: ['Chengchow', 'Zhengzhou City'],
  summary:
    'Capital of Henan and a rail and air hub of central China, home to the country’s first futures exchange and first airport economy zone.',
  province: 'Henan',
  knownFor: ['smartphone assembly', 'logistics', 'futures trading'],
  zones: [],
  related: ['company:foxconn'],
  sources: ['https://en.wikipedia.org/wiki/Zhengzhou'],
} satisfies City;
