import type { City } from '../../src/data/schema';

export default {
  id: 'city:yibin',
  kind: 'city',
  name: 'Yibin',
  names: { zh: '宜宾', zhHant: '宜賓', pinyin: 'Yíbīn' },
  aliases: ['Yibin City'],
  summary:
    'City in southern Sichuan long known for baijiu that has remade itself as a battery-making centre since CATL opened a plant there in 2021.',
  province: 'Sichuan',
  knownFor: ['ev batteries', 'baijiu'],
  zones: [],
  related: ['company:catl', 'city:chengdu'],
  sources: ['https://en.jiemian.com/article/9417305.html'],
} satisfies City;
