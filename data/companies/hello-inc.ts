import type { Company } from '../../src/data/schema';

export default {
  id: 'company:hello-inc',
  kind: 'company',
  name: 'Hello Inc',
  names: { zh: '哈啰出行', pinyin: 'Hāluō Chūxíng' },
  aliases: ['Hellobike', 'Hello Bike', 'HelloTransTech', '哈啰单车', '哈啰'],
  summary:
    'Shanghai bike-sharing company, backed by Ant Group, that outlasted Ofo and Mobike by focusing on smaller cities; it has added e-bikes, carpooling and battery swapping with CATL, and filed for a US listing in 2021.',
  founded: { value: 2016, source: 'https://www.avcj.com/avcj/news/3023666/china-bike-sharing-player-hellobike-pursues-us-ipo' },
  headquarters: 'city:shanghai',
  founders: ['Yang Lei'],
  sectors: ['bike sharing', 'ride-hailing and carpooling', 'urban mobility'],
  listings: [],
  related: ['city:shanghai', 'company:ant-group', 'company:alibaba', 'company:catl', 'company:meituan'],
  sources: [
    'https://www.avcj.com/avcj/news/3023666/china-bike-sharing-player-hellobike-pursues-us-ipo',
    'https://www.scmp.com/tech/start-ups/article/2171414/shy-geek-behind-hellobike-latecomer-battled-survival-chinas-bike',
    'https://www.sec.gov/Archives/edgar/data/0001841944/000104746921001104/a2243246zf-1a.htm',
  ],
} satisfies Company;
