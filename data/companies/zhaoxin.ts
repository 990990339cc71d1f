import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Zhaoxin';
const TECHSPOT = 'https://www.techspot.com/news/72562-chinese-joint-venture-announces-kx-5000-x86-socs.html';

export default {
  id: 'company:zhaoxin',
  kind: 'company',
  name: 'Zhaoxin',
  names: { zh: '兆芯', zhHant: '兆芯', pinyin: 'Zhàoxīn' },
  aliases: ['Shanghai Zhaoxin Semiconductor', 'Zhaoxin Semiconductor', 'VIA Alliance Semiconductor', '上海兆芯'],
  summary:
    "Shanghai designer of x86-compatible processors for Chinese PCs and servers, set up by the city government with Taiwan's VIA Technologies, whose x86 licence lets it build on VIA's Centaur designs.",
  founded: { value: 2013, source: WIKI, note: 'as a joint venture of VIA Technologies and the Shanghai government' },
  headquarters: 'city:shanghai',
  founders: ['VIA Technologies', 'Shanghai Municipal Government'],
  sectors: ['semiconductors', 'CPUs'],
  listings: [],
  related: ['company:hygon', 'company:loongson', 'company:phytium', 'city:shanghai'],
  sources: [WIKI, TECHSPOT],
} satisfies Company;
