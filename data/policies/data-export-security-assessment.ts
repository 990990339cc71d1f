import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:data-export-security-assessment',
  kind: 'policy',
  name: 'Measures for the Security Assessment of Outbound Data Transfers',
  names: { zh: '数据出境安全评估办法', zhHant: '數據出境安全評估辦法', pinyin: 'Shùjù Chūjìng Ānquán Pínggū Bànfǎ' },
  aliases: [
    'data export security assessment measures',
    'Security Assessment Measures for Outbound Data Transfers',
    'Measures for the Security Assessment of Cross-Border Data Transfer',
    'outbound data transfer security assessment',
    'data export security assessment',
    'cross-border data transfer security assessment',
  ],
  summary:
    'Cyberspace Administration of China rules, published on 7 July 2022 and in force from 1 September 2022, that require a state security assessment before important data, or personal information above set thresholds, is sent out of China.',
  year: {
    value: 2022,
    source: 'https://epaper.bbtnews.com.cn/site1/bjsb/html/2022-07/08/content_477083.htm',
    note: 'published 7 July 2022, in force 1 September 2022',
  },
  issuer: 'Cyberspace Administration of China',
  goals: [
    'Require a security assessment, filed through the provincial cyberspace office, before exporting important data.',
    'Cover operators of critical information infrastructure and handlers of personal information on more than a million people.',
    'Catch handlers that have sent abroad personal information on 100,000 people, or sensitive information on 10,000, since 1 January of the previous year.',
  ],
  related: ['policy:cybersecurity-law', 'policy:data-security-law', 'policy:pipl'],
  sources: ['https://epaper.bbtnews.com.cn/site1/bjsb/html/2022-07/08/content_477083.htm'],
} satisfies Policy;
