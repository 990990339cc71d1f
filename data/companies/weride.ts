import type { Company } from '../../src/data/schema';

export default {
  id: 'company:weride',
  kind: 'company',
  name: 'WeRide',
  names: { zh: '文远知行', zhHant: '文遠知行', pinyin: 'Wényuǎn Zhīxíng' },
  aliases: ['WeRide Inc', 'WeRide.ai', 'JingChi'],
  summary:
    'Guangzhou autonomous-driving company led by former Baidu chief scientist Tony Han, operating robotaxi services and backed by the Renault-Nissan-Mitsubishi alliance; Nasdaq-listed since 2024 and also listed in Hong Kong since 2025.',
  founded: {
    value: 2017,
    source: 'https://sinotalks.com/sinoforumforesight/202405-lin-liu-weride/',
    note: 'in Silicon Valley; headquarters moved to Guangzhou a few months later',
  },
  headquarters: 'city:guangzhou',
  founders: ['Tony Han', 'Yan Li'],
  sectors: ['autonomous driving', 'robotaxis'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'WRD', since: 2024 },
    // Its Hong Kong debut of 6 November 2025 is in The Edge Singapore; the stock code was seen only on a copy site.
  ],
  related: ['city:guangzhou', 'company:pony-ai', 'company:baidu'],
  sources: [
    'https://sinotalks.com/sinoforumforesight/202405-lin-liu-weride/',
    'https://asia.nikkei.com/Business/Automobiles/Bus-maker-leads-310m-funding-for-China-self-drive-startup-WeRide',
    'https://sec.gov/Archives/edgar/data/1867729/000119312524239997/d343706df1a.htm',
    'https://www.theedgesingapore.com/news/tech/pony-ai-weride-fall-hong-kong-after-duelling-robotaxi-listings',
  ],
} satisfies Company;
