import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/LONGi_Green_Energy_Technology';
const LONGI = 'https://www.longi.com/en/news/7055';

export default {
  id: 'company:longi',
  kind: 'company',
  name: 'LONGi',
  names: { zh: '隆基绿能', zhHant: '隆基綠能', pinyin: 'Lóngjī Lǜnéng' },
  aliases: [
    { text: 'LONGi', exactCase: true },
    'Longi Green Energy',
    'LONGi Green Energy Technology',
    'LONGi Solar',
    "Xi'an LONGi Silicon Materials",
    '隆基股份',
    '隆基绿能科技股份有限公司',
  ],
  summary:
    "Xi'an solar manufacturer that grew from monocrystalline silicon ingots and wafers, where it became the world's largest producer, into cells and modules; it is listed in Shanghai.",
  founded: { value: 2000, source: WIKI, note: "14 February 2000, as Xi'an LONGi Silicon Materials" },
  headquarters: 'city:xian',
  founders: ['Li Zhenguo'],
  sectors: ['solar', 'photovoltaics', 'silicon wafers'],
  listings: [],
  related: ['company:jinkosolar', 'company:trina-solar', 'company:tongwei', 'city:xian'],
  sources: [WIKI, LONGI],
} satisfies Company;
