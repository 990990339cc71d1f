import type { Company } from '../../src/data/schema';

export default {
  id: 'company:perfect-world',
  kind: 'company',
  name: 'Perfect World',
  names: { zh: '完美世界', pinyin: 'Wánměi Shìjiè' },
  aliases: ['Perfect World Co', 'Perfect World Entertainment', '完美世界股份有限公司'],
  summary:
    'Beijing developer and publisher of online role-playing and other PC and mobile games, which sold its titles abroad through its own overseas subsidiaries; it listed on Nasdaq in 2007.',
  founded: {
    value: 2006,
    source: 'https://www.sec.gov/Archives/edgar/data/1403849/000104746913004936/R7.htm',
    note: 'Cayman holding company incorporated 28 June 2006; the Beijing business is older',
  },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['video games', 'online games'],
  listings: [],
  related: ['city:beijing', 'company:netease', 'company:tencent'],
  sources: [
    'https://www.sec.gov/Archives/edgar/data/1403849/000104746913004936/R7.htm',
    'https://sec.gov/Archives/edgar/data/0001403849/000104746915004169/a2222696z20-f.htm',
  ],
} satisfies Company;
