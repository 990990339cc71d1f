import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:suzhou-industrial-park',
  kind: 'zone',
  name: 'Suzhou Industrial Park',
  names: { zh: '苏州工业园区', zhHant: '蘇州工業園區', pinyin: 'Sūzhōu Gōngyè Yuánqū' },
  aliases: [
    'China-Singapore Suzhou Industrial Park',
    // SIP is also the Session Initiation Protocol and "systematic investment plan".
    { text: 'SIP', exactCase: true, needsContext: 'other-entity' },
  ],
  summary:
    'Industrial and new-town district east of old Suzhou, the first government-to-government project between China and Singapore, now home to thousands of foreign firms.',
  zoneType: 'park',
  city: 'city:suzhou',
  established: { value: 1994, source: 'https://www.beltandroad.news/china-singapore-industrial-park-sees-rapid-development/' },
  area: { value: 278, unit: 'km2', year: 2019, source: 'https://www.beltandroad.news/china-singapore-industrial-park-sees-rapid-development/' },
  focus: ['foreign-invested manufacturing', 'biopharmaceuticals', 'nanotechnology', 'research and development'],
  related: ['city:wuxi', 'city:shanghai'],
  sources: [
    'https://www.beltandroad.news/china-singapore-industrial-park-sees-rapid-development/',
    'https://www.singaporenewstribe.com/china-singapore-suzhou-industrial-park-targets-new-reforms-china-daily/',
  ],
} satisfies Zone;
