import type { Product } from '../../src/data/schema';

export default {
  id: 'product:iqiyi',
  kind: 'product',
  name: 'iQIYI',
  names: { zh: '爱奇艺', zhHant: '愛奇藝', pinyin: 'Àiqíyì' },
  aliases: [
    'iQiyi',
  ],
  summary:
    "Online video platform controlled by Baidu since its launch and listed in the United States in 2018; one of China's leading long-form streaming services alongside Tencent Video and Youku.",
  owner: 'company:baidu',
  category: 'platform',
  what: 'video streaming platform',
  launched: {
    value: 2010,
    source: 'https://ir.iqiyi.com/phoenix.zhtml?c=254698&p=irol-SECText&TEXT=aHR0cDovL2FwaS50ZW5rd2l6YXJkLmNvbS9maWxpbmcueG1sP2lwYWdlPTEyMTU4NTE4JkRTRVE9MSZTRVE9NzcmU1FERVNDPVNFQ1RJT05fUEFHRSZleHA9JnN1YnNpZD01Nw%3D%3D',
    note: 'per its 2018 US listing prospectus: Baidu has controlled it since its launch in 2010',
  },
  related: ['company:baidu', 'product:tencent-video', 'product:youku', 'city:beijing'],
  sources: [
    'https://ir.iqiyi.com/phoenix.zhtml?c=254698&p=irol-SECText&TEXT=aHR0cDovL2FwaS50ZW5rd2l6YXJkLmNvbS9maWxpbmcueG1sP2lwYWdlPTEyMTU4NTE4JkRTRVE9MSZTRVE9NzcmU1FERVNDPVNFQ1RJT05fUEFHRSZleHA9JnN1YnNpZD01Nw%3D%3D',
  ],
} satisfies Product;
