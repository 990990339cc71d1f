import type { Company } from '../../src/data/schema';

export default {
  id: 'company:xunlei',
  kind: 'company',
  name: 'Xunlei',
  names: { zh: '迅雷', pinyin: 'Xùnléi' },
  aliases: ['Xunlei Limited', 'Thunder download', 'Giganology', '迅雷网络'],
  summary:
    "Shenzhen company behind Thunder (Xunlei), once China's dominant file-download accelerator; it now also sells bandwidth and shared cloud computing and runs live-streaming services.",
  founded: {
    value: 2005,
    source: 'https://www.sec.gov/Archives/edgar/data/1510593/000141057825000871/R8.htm',
    note: 'holding company incorporated 3 February 2005 as Giganology Limited; the Shenzhen operating company is older',
  },
  headquarters: 'city:shenzhen',
  founders: [],
  sectors: ['download software', 'cloud computing', 'live streaming'],
  listings: [{ exchange: 'NASDAQ', ticker: 'XNET', since: 2014 }],
  related: ['city:shenzhen'],
  sources: ['https://www.sec.gov/Archives/edgar/data/1510593/000141057825000871/R8.htm', 'https://ir.xunlei.com/node/8241/html'],
} satisfies Company;
