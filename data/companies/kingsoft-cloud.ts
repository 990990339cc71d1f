import type { Company } from '../../src/data/schema';

export default {
  id: 'company:kingsoft-cloud',
  kind: 'company',
  name: 'Kingsoft Cloud',
  names: { zh: '金山云', zhHant: '金山雲', pinyin: 'Jīnshān Yún' },
  aliases: ['Kingsoft Cloud Holdings', 'Ksyun'],
  summary:
    "Independent cloud-services provider spun out of Kingsoft and based in Xiaomi's Beijing technology park, selling public and enterprise cloud services; Xiaomi is a major shareholder.",
  founded: {
    value: 2012,
    source: 'https://sec.gov/Archives/edgar/data/1795589/000110465923050820/R9.htm',
    note: 'holding company incorporated in the Cayman Islands on 3 January 2012',
  },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['cloud computing', 'enterprise IT services'],
  listings: [{ exchange: 'NASDAQ', ticker: 'KC' }],
  parent: 'company:kingsoft',
  related: ['company:kingsoft', 'company:xiaomi', 'company:alibaba-cloud', 'city:beijing'],
  sources: [
    'https://sec.gov/Archives/edgar/data/1795589/000110465923050820/R9.htm',
    'https://www.sec.gov/Archives/edgar/data/1795589/000119312521029624/d40069dsc13g.htm',
    'https://ir.ksyun.com/node/7591/html',
  ],
} satisfies Company;
