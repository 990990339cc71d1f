import type { Company } from '../../src/data/schema';

const WIKI_PSMC = 'https://en.wikipedia.org/wiki/Powerchip';
const DIGITIMES = 'https://www.digitimes.com/news/a20170628VL205.html';
const DIGITIMES_APR = 'https://www.digitimes.com/news/a20170407PD201.html';
const TAIPEI_TIMES = 'https://www.taipeitimes.com/News/biz/archives/2017/06/30/2003673552';

export default {
  id: 'company:nexchip',
  kind: 'company',
  name: 'Nexchip',
  names: { zh: '晶合集成', zhHant: '晶合集成', pinyin: 'Jīnghé Jíchéng' },
  aliases: ['Nexchip Semiconductor', 'Nexchip Semiconductor Corporation', 'Hefei Nexchip', '合肥晶合集成'],
  summary:
    "Hefei 12-inch contract chipmaker set up by Taiwan's Powerchip and the Hefei city government's investment arm; it makes mainly display-driver chips, with BOE as its first main customer, and image sensors.",
  founded: { value: 2015, source: WIKI_PSMC, note: 'May 2015, as a joint venture of Powerchip and Hefei City Construction and Investment' },
  headquarters: 'city:hefei',
  founders: ['Powerchip Semiconductor Manufacturing', 'Hefei City Construction and Investment Holding'],
  sectors: ['semiconductors', 'chip foundry', 'display driver chips'],
  listings: [],
  related: ['company:boe', 'company:smic', 'company:hua-hong', 'company:cxmt', 'city:hefei'],
  sources: [WIKI_PSMC, DIGITIMES, DIGITIMES_APR, TAIPEI_TIMES],
} satisfies Company;
