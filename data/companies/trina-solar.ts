import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Trina_Solar';
const PV_TECH = 'https://www.pv-tech.org/trina-solar-returns-to-stock-market-in-china-after-a-three-year-hiatus';

export default {
  id: 'company:trina-solar',
  kind: 'company',
  name: 'Trina Solar',
  names: { zh: '天合光能', zhHant: '天合光能', pinyin: 'Tiānhé Guāngnéng' },
  aliases: ['Trinasolar', { text: 'Trina', needsContext: 'person-name' }, '天合光能股份有限公司'],
  summary:
    "Changzhou solar-module maker that began as an installer; it left the New York Stock Exchange in 2017 and listed again on Shanghai's STAR Market in 2020.",
  founded: { value: 1997, source: WIKI },
  headquarters: 'city:changzhou',
  founders: ['Gao Jifan'],
  sectors: ['solar', 'photovoltaics', 'solar modules', 'energy storage'],
  listings: [{ exchange: 'SSE STAR', ticker: '688599', since: 2020 }],
  related: ['company:longi', 'company:jinkosolar', 'company:tongwei'],
  sources: [WIKI, PV_TECH],
} satisfies Company;
