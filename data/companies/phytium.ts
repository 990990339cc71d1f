import type { Company } from '../../src/data/schema';

const EETASIA = 'https://archive.eetasia.com/www.eetasia.com/ART_8800715410_499489_NT_8e3c13ac.HTM';
const CAIXIN = 'https://www.caixinglobal.com/2021-04-09/us-adds-7-chinese-supercomputing-companies-to-export-ban-list-101687668.html';

export default {
  id: 'company:phytium',
  kind: 'company',
  name: 'Phytium',
  names: { zh: '飞腾', zhHant: '飛騰', pinyin: 'Fēiténg' },
  aliases: [
    'Phytium Technology',
    'Tianjin Phytium',
    'Tianjin Phytium Information Technology',
    { text: 'FeiTeng', needsContext: 'other-entity' },
    '飞腾信息',
    '天津飞腾',
  ],
  summary:
    'Designer of Arm-based processors for Chinese servers, desktops and embedded systems, grown inside the state-owned China Electronics Corporation and now based in Tianjin; the US put it on the Entity List in 2021 over supercomputing work.',
  founded: { value: 2012, source: EETASIA, note: 'in Guangzhou, as a start-up within China Electronics Corporation' },
  headquarters: 'city:tianjin',
  founders: ['China Electronics Corporation'],
  sectors: ['semiconductors', 'CPUs'],
  listings: [],
  related: ['company:zhaoxin', 'company:loongson', 'company:hygon', 'company:sugon', 'city:tianjin'],
  sources: [EETASIA, CAIXIN],
} satisfies Company;
