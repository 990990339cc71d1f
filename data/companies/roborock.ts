import type { Company } from '../../src/data/schema';

export default {
  id: 'company:roborock',
  kind: 'company',
  name: 'Roborock',
  names: { zh: '石头科技', zhHant: '石頭科技', pinyin: 'Shítou Kējì' },
  aliases: [
    'Roborock Technology',
    'Beijing Roborock',
    'Beijing Roborock Technology',
    { text: 'Stone Technology', needsContext: 'other-entity' },
  ],
  summary:
    "Beijing robot-vacuum maker founded in 2014 by Richard Chang; it grew up inside Xiaomi's ecosystem of invested suppliers before selling under its own Roborock brand worldwide.",
  founded: { value: 2014, source: 'https://en.eloutput.com/news/Home/roborock-xiaomi-brands/', note: 'July 2014' },
  headquarters: 'city:beijing',
  founders: ['Richard Chang (Chang Jing)'],
  sectors: ['home robots', 'robot vacuums'],
  listings: [{ exchange: 'SSE STAR', ticker: '688169' }],
  related: ['city:beijing', 'company:xiaomi', 'company:ecovacs', 'company:baidu'],
  sources: ['https://en.eloutput.com/news/Home/roborock-xiaomi-brands/', 'https://cnrobopedia.com/tag/ecovacs/'],
} satisfies Company;
