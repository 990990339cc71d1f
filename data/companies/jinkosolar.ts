import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Jinko_Solar';
const SEC = 'https://www.sec.gov/Archives/edgar/data/1481513/000110465924051665/R8.htm';

export default {
  id: 'company:jinkosolar',
  kind: 'company',
  name: 'JinkoSolar',
  names: { zh: '晶科能源', zhHant: '晶科能源', pinyin: 'Jīngkē Néngyuán' },
  aliases: ['Jinko Solar', 'JinkoSolar Holding', 'Jinko', '晶科能源股份有限公司'],
  summary:
    'Solar-module maker begun in Shangrao, Jiangxi, and now run from Shanghai; it is among the largest module shippers in the world. The holding company trades in New York and its main operating unit on the STAR Market.',
  founded: { value: 2006, source: WIKI, note: 'December 2006, in Shangrao, Jiangxi' },
  headquarters: 'city:shanghai',
  founders: [],
  sectors: ['solar', 'photovoltaics', 'solar modules'],
  listings: [
    { exchange: 'NYSE', ticker: 'JKS', since: 2010 },
    { exchange: 'SSE STAR', ticker: '688223', since: 2022 },
  ],
  employees: { value: 46_511, unit: 'employees', year: 2022, source: WIKI },
  related: ['company:longi', 'company:trina-solar', 'company:tongwei', 'city:shanghai'],
  sources: [WIKI, SEC],
} satisfies Company;
