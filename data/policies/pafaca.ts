import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:pafaca',
  kind: 'policy',
  name: 'Protecting Americans from Foreign Adversary Controlled Applications Act',
  names: { zh: '保护美国人免受外国对手控制应用程序法', zhHant: '保護美國人免受外國對手控制應用程式法' },
  aliases: [
    { text: 'PAFACA', exactCase: true },
    'TikTok divest-or-ban law',
    'TikTok ban law',
    'divest-or-ban law',
    'TikTok divestiture law',
    'TikTok law',
  ],
  summary:
    "The US law passed in April 2024 that obliged ByteDance to divest TikTok's US business or see the app banned; the Supreme Court upheld it on 17 January 2025. In January 2026 TikTok set up a US venture with Oracle, Silver Lake and MGX as managing investors, avoiding a ban.",
  year: {
    value: 2024,
    source: 'https://en.wikipedia.org/wiki/TikTok_v._Garland',
    note: 'passed April 2024; upheld by the Supreme Court 17 January 2025',
  },
  issuer: 'US Congress',
  jurisdiction: 'US',
  goals: [
    'Force divestiture of apps controlled by foreign adversaries, naming TikTok and ByteDance.',
    'Bar app stores and hosts from distributing or updating such apps unless divested.',
  ],
  related: ['company:bytedance'],
  sources: [
    'https://en.wikipedia.org/wiki/TikTok_v._Garland',
    'https://www.freemalaysiatoday.com/category/business/2026/01/23/tiktok-seals-deal-to-create-us-venture-with-oracle-silver-lake',
  ],
} satisfies Policy;
