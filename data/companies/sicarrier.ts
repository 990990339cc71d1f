import type { Company } from '../../src/data/schema';

const XATAKA =
  'https://www.xatakaon.com/business-and-economics/chinas-future-in-the-chip-industry-rests-on-a-single-almost-unknown-company-sicarrier';

export default {
  id: 'company:sicarrier',
  kind: 'company',
  name: 'SiCarrier',
  names: { zh: '新凯来', zhHant: '新凱來', pinyin: 'Xīnkǎilái' },
  aliases: ['SiCarrier Technologies', 'Shenzhen SiCarrier', 'Shenzhen SiCarrier Technologies'],
  summary:
    'Shenzhen-government-owned maker of chipmaking tools (etching, deposition, inspection), widely reported to have come out of Huawei; it showed more than 30 machines at SEMICON China 2025 as a domestic answer to ASML and Applied Materials.',
  founded: { value: 2021, source: XATAKA },
  headquarters: 'city:shenzhen',
  founders: [],
  sectors: ['semiconductor equipment'],
  listings: [],
  related: ['company:huawei', 'company:smee', 'company:naura', 'company:amec', 'company:smic', 'city:shenzhen'],
  sources: [XATAKA],
} satisfies Company;
