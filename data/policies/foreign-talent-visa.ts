import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:foreign-talent-visa',
  kind: 'policy',
  name: 'R Visa',
  names: { zh: '人才签证', zhHant: '人才簽證', pinyin: 'réncái qiānzhèng' },
  aliases: [
    'R-visa',
    'Foreign Talent Visa',
    'foreign high-level talent visa',
    { text: 'talent visa', needsContext: 'other-entity' }, // the UK's Global Talent visa
    'R字签证',
  ],
  summary:
    'A visa for top foreign scientists, entrepreneurs and other specialists in short supply, under rules in force since 1 January 2018: multiple entries on a visa valid five to ten years, stays of up to 180 days, and free online applications.',
  year: {
    value: 2018,
    source: 'https://english.www.gov.cn/policies/policy_watch/2018/01/05/content_281476002053708.htm',
    note: 'rules in force from 1 January 2018',
  },
  issuer: 'State Administration of Foreign Experts Affairs, with the foreign affairs and public security ministries',
  goals: [
    'Make it easy for high-level foreign talent to spend time in China before taking a job.',
    'Cover spouses and children of qualifying applicants.',
    'Cut processing to days.',
  ],
  related: ['policy:thousand-talents-plan'],
  sources: ['https://english.www.gov.cn/policies/policy_watch/2018/01/05/content_281476002053708.htm'],
} satisfies Policy;
