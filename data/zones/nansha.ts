import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:nansha',
  kind: 'zone',
  name: 'Nansha',
  names: { zh: '南沙', pinyin: 'Nánshā' },
  // "Nansha Islands" is China's name for the Spratly Islands, not this Guangzhou district.
  aliases: [{ text: 'Nansha', needsContext: 'place-name' }, 'Nansha District', 'Nansha New Area', '南沙新区', '南沙区'],
  summary:
    'Southernmost part of Guangzhou on the Pearl River estuary, a state-level new area since 2012 and a pilot free-trade area, home to the city’s deep-water port.',
  zoneType: 'new-area',
  city: 'city:guangzhou',
  established: { value: 2012, source: 'https://macauhub.com.mo/zh/2013/08/16/growth-point/', note: 'approved as a state-level new area' },
  area: { value: 803, unit: 'km2', year: 2013, source: 'https://macauhub.com.mo/zh/2013/08/16/growth-point/' },
  focus: ['port logistics', 'advanced manufacturing', 'financial services'],
  related: ['zone:greater-bay-area', 'city:hong-kong', 'city:macau'],
  sources: [
    'https://macauhub.com.mo/zh/2013/08/16/growth-point/',
    'https://www.taylorfrancis.com/chapters/mono/10.4324/9781315761602-4/nansha-new-district-guangdong-hong-yu',
  ],
} satisfies Zone;
