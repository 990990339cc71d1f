import type { Company } from '../../src/data/schema';

const CHINA_DAILY = 'https://usa.chinadaily.com.cn/business/2013-06/13/content_16614449.htm';
const SUNGROW = 'https://en.sungrowfpv.com/news/info.html?id=8';
const CKGSB = 'https://english.ckgsb.edu.cn/knowledge/article/inverting-the-norm/';

export default {
  id: 'company:sungrow',
  kind: 'company',
  name: 'Sungrow',
  names: { zh: '阳光电源', zhHant: '陽光電源', pinyin: 'Yángguāng Diànyuán' },
  aliases: ['Sungrow Power', 'Sungrow Power Supply', 'Sungrow Power Supply Co.', '阳光电源股份有限公司'],
  summary:
    'Hefei maker of solar inverters, started by a university lecturer, that has become one of the largest suppliers of inverters and grid-scale battery storage systems worldwide.',
  founded: { value: 1997, source: SUNGROW, note: 'launched on 28 November 1997' },
  headquarters: 'city:hefei',
  founders: ['Cao Renxian'],
  sectors: ['solar inverters', 'energy storage', 'wind power converters'],
  listings: [],
  related: ['company:longi', 'company:catl', 'city:hefei'],
  sources: [CHINA_DAILY, SUNGROW, CKGSB],
} satisfies Company;
