import type { Company } from '../../src/data/schema';

const PANDAILY_LISTING = 'https://pandaily.com/calb-becomes-first-battery-manufacturer-listed-in-hong-kong';
const PANDAILY_APPROVAL = 'https://pandaily.com/battery-maker-calb-gets-green-light-for-hong-kong-listing';
const PB = 'https://www.pb.pl/china-lithium-tech-planuje-ipo-w-hongkongu-1143699';
const SCMP = 'https://www.scmp.com/business/banking-finance/article/3191866/china-aviation-lithium-battery-wins-hong-kong-bourse';

export default {
  id: 'company:calb',
  kind: 'company',
  name: 'CALB',
  names: { zh: '中创新航', zhHant: '中創新航', pinyin: 'Zhōngchuàng Xīnháng' },
  aliases: [
    { text: 'CALB', exactCase: true },
    'CALB Group',
    'China Lithium Battery Technology',
    'China Aviation Lithium Battery',
    'China Lithium Tech',
    '中航锂电',
  ],
  summary:
    "Changzhou maker of electric-vehicle and energy-storage batteries, backed at the start by the state aerospace group AVIC and ranked China's third-largest EV battery supplier after CATL and BYD when it listed in Hong Kong in 2022.",
  founded: { value: 2015, source: PANDAILY_APPROVAL },
  headquarters: 'city:changzhou',
  founders: [],
  sectors: ['batteries', 'electric vehicles', 'energy storage'],
  listings: [{ exchange: 'HKEX', ticker: '3931', since: 2022 }],
  related: ['company:catl', 'company:byd', 'company:gotion', 'company:eve-energy'],
  sources: [PANDAILY_LISTING, PANDAILY_APPROVAL, SCMP, PB],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2015, source: PANDAILY_APPROVAL },
        { value: 2007, source: PB },
      ],
      note: 'The present company dates from 2015; its battery business goes back to an AVIC unit set up earlier.',
    },
  ],
} satisfies Company;
