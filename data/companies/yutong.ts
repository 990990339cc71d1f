import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Yutong';

export default {
  id: 'company:yutong',
  kind: 'company',
  name: 'Yutong',
  names: { zh: '宇通客车', zhHant: '宇通客車', pinyin: 'Yǔtōng Kèchē' },
  aliases: ['Yutong Bus', 'Yutong Group', 'Zhengzhou Yutong', 'Zhengzhou Yutong Group', '宇通', '郑州宇通客车'],
  summary:
    "Zhengzhou bus maker, the world's largest by sales volume, which has built electric buses since 2012 and exports them to Europe, Latin America and elsewhere.",
  founded: { value: 1963, source: WIKI, note: 'as Zhengzhou Bus Repair Factory; Zhengzhou Yutong Bus Co. was formed in 1993' },
  headquarters: 'city:zhengzhou',
  founders: [],
  sectors: ['buses', 'electric vehicles', 'commercial vehicles'],
  listings: [],
  related: ['company:byd', 'company:catl', 'city:zhengzhou'],
  sources: [WIKI],
} satisfies Company;
