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
  summary: 'A visa for foreign top scientists, entrepreneurs and other scarce specialists, in force since 1 January 2018: multiple entries, stays of up to 180 days, five- or ten-year validity, fee-free online applications.',
  year: { value: 2018, source: 'https://eiglaw.com/china-simplifies-requirements-for-r-visa-for-high-skilled-talent/', note: 'rules in force from 1 January 2018' },
  issuer: 'State Administration of Foreign Experts Affairs, with the foreign affairs and public security ministries',
  goals: [
    'Make it easy for high-level foreign talent to spend time in China before taking a job.',
    'Cover spouses and children of qualifying applicants.',
    'Cut processing to days.',
  ],
  related: ['policy:thousand-talents-plan'],
  sources: ['https://eiglaw.com/china-simplifies-requirements-for-r-visa-for-high-skilled-talent/', 'https://www.teamrelocations.com/immigration/china/visa-rules-eased-for-top-talent'],
} satisfies Policy;
