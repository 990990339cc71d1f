import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:us-entity-list',
  kind: 'policy',
  name: 'Entity List',
  names: { zh: '实体清单', zhHant: '實體清單', pinyin: 'Shítǐ Qīngdān' },
  aliases: [
    { text: 'Entity List', needsContext: 'other-entity' },
    'US Entity List',
    'U.S. Entity List',
    'BIS Entity List',
    'Commerce Department Entity List',
    'Commerce Entity List',
    '美国实体清单',
  ],
  summary:
    "The US Commerce Department's trade blacklist: foreign companies and bodies on it need a licence, usually denied, to receive US-controlled items. First published in 1997 for weapons proliferators, it now holds hundreds of Chinese entities; Huawei and 68 affiliates were added on 16 May 2019. A rule of 29 September 2025 extending its restrictions to companies owned by listed entities was suspended for a year under the US-China trade truce of late 2025.",
  year: { value: 1997, source: 'https://en.wikipedia.org/wiki/Entity_List', note: 'first published 1997' },
  issuer: 'US Commerce Department (BIS)',
  jurisdiction: 'US',
  goals: [
    'Require licences for exports, re-exports and transfers of US-controlled items to listed entities.',
    "Cut off entities acting against US national security or foreign policy, including supporters of China's military modernisation.",
  ],
  related: ['policy:us-chip-export-controls', 'policy:unreliable-entity-list', 'company:huawei'],
  sources: [
    'https://en.wikipedia.org/wiki/Entity_List',
    'https://www.scmp.com/tech/big-tech/article/3012321/huawei-among-more-140-chinese-entities-us-trade-blacklist',
    'https://bis.gov/press-release/commerce-adds-11-entities-entity-list-supporting-prc-military-modernization-and',
    'https://en.yenisafak.com/world/china-halts-rare-earth-export-limits-to-us-for-one-year-after-talks-3709955',
  ],
} satisfies Policy;
