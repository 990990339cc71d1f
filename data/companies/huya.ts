import type { Company } from '../../src/data/schema';

export default {
  id: 'company:huya',
  kind: 'company',
  name: 'Huya',
  names: { zh: '虎牙', pinyin: 'Hǔyá' },
  aliases: ['HUYA Inc', 'Huya Live', '虎牙直播'],
  summary:
    'Guangzhou game live-streaming platform started inside YY (now JOYY) and spun off; it listed in New York in 2018 and Tencent became its controlling shareholder in 2020.',
  founded: {
    value: 2014,
    source: 'https://www.sec.gov/Archives/edgar/data/1728190/000119312520120245/R8.htm',
    note: 'business started by YY in 2014; holding company incorporated in 2017',
  },
  headquarters: 'city:guangzhou',
  founders: [],
  sectors: ['live streaming', 'video games', 'esports'],
  listings: [{ exchange: 'NYSE', ticker: 'HUYA', since: 2018 }],
  parent: 'company:tencent',
  related: ['company:tencent', 'company:douyu', 'city:guangzhou'],
  sources: [
    'https://www.sec.gov/Archives/edgar/data/1728190/000119312520120245/R8.htm',
    'https://www.sec.gov/Archives/edgar/data/1728190/000110465924052244/R9.htm',
    'https://sec.gov/Archives/edgar/data/1728190/000119312518160743/d494918d424b4.htm',
  ],
} satisfies Company;
