import type { City } from '../../src/data/schema';

export default {
  id: 'city:zhengzhou',
  kind: 'city',
  name: 'Zhengzhou',
  names: { zh: '郑州', zhHant: '鄭州', pinyin: 'Zhèngzhōu' },
  aliases: ['Chengchow', 'Zhengzhou City'],
  summary:
    'Capital of Henan and a rail and air hub of central China, home to the country’s first futures exchange and first airport economy zone.',
  province: 'Henan',
  population: {
    value: 12_600_574,
    unit: 'people',
    year: 2020,
    source: 'https://www.21cmcc.org.cn/English/thecommittee/members/202109/t20210917_1153.htm',
    note: 'permanent residents, 2020 census',
  },
  gdp: {
    value: 1_200_300_000_000,
    unit: 'CNY',
    year: 2020,
    source: 'https://www.21cmcc.org.cn/English/thecommittee/members/202109/t20210917_1153.htm',
  },
  knownFor: ['smartphone assembly', 'logistics', 'futures trading'],
  zones: [],
  related: ['company:foxconn'],
  sources: ['https://www.21cmcc.org.cn/English/thecommittee/members/202109/t20210917_1153.htm', 'https://worddisk.com/wiki/Zhengzhou/'],
} satisfies City;
