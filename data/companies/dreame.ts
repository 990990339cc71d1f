import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Dreame_Technology';
const WARDS = 'https://www.wardsauto.com/electric/china-s-vacuum-cleaner-manufacturers-set-sights-on-ev-space';

export default {
  id: 'company:dreame',
  kind: 'company',
  name: 'Dreame Technology',
  names: { zh: '追觅科技', zhHant: '追覓科技', pinyin: 'Zhuīmì Kējì' },
  aliases: ['Dreame', 'Dreametech', 'Dreame Tech', '追觅'],
  summary:
    'Suzhou maker of high-speed motors, cordless and robot vacuums, hair dryers and lawn-mowing robots that grew up in the Xiaomi supplier ecosystem; it sells more than half abroad and has announced plans to build electric cars.',
  founded: { value: 2017, source: WIKI },
  headquarters: 'city:suzhou',
  founders: ['Yu Hao'],
  sectors: ['home appliances', 'robot vacuums', 'consumer robotics'],
  listings: [],
  related: ['company:xiaomi', 'company:roborock', 'company:ecovacs', 'city:suzhou'],
  sources: [WIKI, WARDS],
} satisfies Company;
