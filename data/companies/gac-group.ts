import type { Company } from '../../src/data/schema';

const WHICHCAR = 'https://www.whichcar.com.au/features/who-is-gac-get-to-know-newcomer-brand-chinese-toyota';
const GAIG = 'https://en.wikipedia.org/wiki/Guangzhou_Automobile_Industry_Group';

export default {
  id: 'company:gac-group',
  kind: 'company',
  name: 'GAC Group',
  names: { zh: '广汽集团', zhHant: '廣汽集團', pinyin: 'Guǎngqì Jítuán' },
  aliases: [
    { text: 'GAC', exactCase: true, needsContext: 'abbreviation' },
    'Guangzhou Automobile Group',
    'Guangzhou Automobile Group Co.',
    'GAC Motor',
    '广州汽车集团',
    '廣州汽車集團',
  ],
  summary:
    "State-owned carmaker in Guangzhou that builds Toyota and Honda models in joint ventures alongside its own Trumpchi brand; it sits under the Guangzhou city's holding company GAIG.",
  founded: { value: 1997, source: WHICHCAR, note: 'formally established as Guangzhou Automobile Group; its workshops date to 1954' },
  headquarters: 'city:guangzhou',
  founders: [],
  sectors: ['automobiles', 'electric vehicles', 'joint ventures'],
  listings: [],
  related: ['company:saic-motor', 'company:byd', 'company:changan', 'city:guangzhou'],
  sources: [WHICHCAR, GAIG],
} satisfies Company;
