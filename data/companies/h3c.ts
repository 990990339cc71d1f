import type { Company } from '../../src/data/schema';

const SCMP =
  'https://www.scmp.com/tech/big-tech/article/3205579/us-china-partnership-key-it-equipment-joint-venture-draws-end-after-two-decades-hewlett-packard';
const TELECOMTV = 'https://www.telecomtv.com/content/enterprise/hp-re-aligns-its-enterprise-activities-in-china-through-h3c-12478/';
const ARN = 'https://www.arnnet.com.au/article/43693/3com-huawei_joint_venture_begins_operations/';

export default {
  id: 'company:h3c',
  kind: 'company',
  name: 'H3C',
  names: { zh: '新华三', zhHant: '新華三', pinyin: 'Xīnhuásān' },
  aliases: [
    { text: 'H3C', exactCase: true },
    'New H3C',
    'New H3C Technologies',
    'H3C Technologies',
    'Huawei-3Com',
    'Huawei 3Com',
    '新华三集团',
  ],
  summary:
    'Hangzhou maker of network switches, routers, servers and storage that began as a Huawei–3Com joint venture, passed to 3Com and then HP, and is now controlled by Tsinghua-linked Unisplendour.',
  founded: { value: 2003, source: SCMP, note: 'as a joint venture of Huawei and 3Com' },
  headquarters: 'city:hangzhou',
  founders: ['Huawei', '3Com'],
  sectors: ['networking equipment', 'servers', 'cloud computing', 'IT infrastructure'],
  listings: [],
  related: ['company:huawei', 'company:inspur', 'company:lenovo', 'city:hangzhou'],
  sources: [SCMP, TELECOMTV, ARN],
} satisfies Company;
