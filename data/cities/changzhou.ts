import type { City } from '../../src/data/schema';

export default {
  id: 'city:changzhou',
  kind: 'city',
  name: 'Changzhou',
  names: { zh: '常州', pinyin: 'Chángzhōu' },
  aliases: ['Changzhou City'],
  summary:
    'Jiangsu city whose national high-tech zone is the headquarters and main production base of the solar-panel maker Trina Solar, the core of a large photovoltaic industry.',
  province: 'Jiangsu',
  knownFor: ['solar panels', 'photovoltaics'],
  zones: [],
  related: ['city:wuxi', 'city:suzhou', 'zone:yangtze-river-delta'],
  sources: ['https://www.pv-magazine.com/2020/09/28/trina-solar-makes-new-15-gw-module-announcement/'],
} satisfies City;
