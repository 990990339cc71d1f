import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Goertek';
const SCMP =
  'https://www.scmp.com/tech/big-tech/article/3199016/apple-airpods-supplier-goertek-halts-assembly-smart-acoustic-product-cutting-its-fourth-quarter';

export default {
  id: 'company:goertek',
  kind: 'company',
  name: 'Goertek',
  names: { zh: '歌尔股份', zhHant: '歌爾股份', pinyin: "Gē'ěr Gǔfèn" },
  aliases: ['GoerTek', 'Goertek Inc.', '歌尔', '歌尔声学', '歌爾聲學'],
  summary:
    'Weifang, Shandong, maker of microphones, speakers, optical modules and electronic accessories, and a supplier to Apple (including AirPods), Samsung, Sony and others, with plants in Vietnam.',
  founded: { value: 2001, source: WIKI, note: 'June 2001' },
  headquarters: 'Weifang',
  founders: ['Jiang Bin', 'Hu Shuangmei'],
  sectors: ['acoustic components', 'optical components', 'electronics manufacturing'],
  listings: [{ exchange: 'SZSE', ticker: '002241', since: 2008 }],
  related: ['company:luxshare', 'company:foxconn', 'company:sunny-optical'],
  sources: [WIKI, SCMP],
} satisfies Company;
