import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Comac';
const SCMP = 'https://www.scmp.com/economy/china-economy/article/3115793/c919-what-chinas-home-grown-alternative-airbus-boeing-duopoly';

export default {
  id: 'company:comac',
  kind: 'company',
  name: 'COMAC',
  names: { zh: '中国商飞', zhHant: '中國商飛', pinyin: 'Zhōngguó Shāngfēi' },
  aliases: [
    { text: 'COMAC', exactCase: true },
    { text: 'Comac', exactCase: true },
    'Commercial Aircraft Corporation of China',
    '中国商用飞机有限责任公司',
    '中國商用飛機有限責任公司',
  ],
  summary:
    'State-owned maker of passenger jets in Shanghai, set up to build a Chinese rival to Airbus and Boeing; its C919 narrow-body entered commercial service in 2023 after the ARJ21 regional jet.',
  founded: { value: 2008, source: WIKI, note: '11 May 2008, in Shanghai' },
  headquarters: 'city:shanghai',
  founders: ['AVIC', 'Aluminum Corporation of China', 'Baosteel', 'Sinochem', 'Shanghai Guosheng', 'SASAC'],
  sectors: ['aerospace', 'commercial aircraft'],
  listings: [],
  related: ['city:shanghai', 'policy:made-in-china-2025'],
  sources: [WIKI, SCMP],
} satisfies Company;
