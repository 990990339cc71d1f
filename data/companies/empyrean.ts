import type { Company } from '../../src/data/schema';

const SCMP =
  'https://www.scmp.com/tech/tech-trends/article/3290156/chinas-top-chip-design-tool-maker-cedes-control-state-owned-firm-after-us-blacklisting';
const TRENDFORCE =
  'https://www.trendforce.com/news/2024/12/11/news-chinas-eda-giant-empyrean-technology-shifts-control-to-state-owned-company-after-u-s-blacklist';

export default {
  id: 'company:empyrean',
  kind: 'company',
  name: 'Empyrean Technology',
  names: { zh: '华大九天', zhHant: '華大九天', pinyin: 'Huádà Jiǔtiān' },
  aliases: [{ text: 'Empyrean', needsContext: 'common-word' }, 'Beijing Empyrean Technology', 'Empyrean Technology Co.', '北京华大九天'],
  summary:
    "Beijing maker of electronic design automation (EDA) software, China's main home-grown alternative to Cadence, Synopsys and Siemens; after the US put it on the Entity List in December 2024, state-owned China Electronics Corporation took control of its board.",
  founded: { value: 2009, source: TRENDFORCE },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['EDA software', 'semiconductors'],
  listings: [],
  related: ['company:phytium', 'company:smic', 'city:beijing'],
  sources: [SCMP, TRENDFORCE],
} satisfies Company;
