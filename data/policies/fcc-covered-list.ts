import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:fcc-covered-list',
  kind: 'policy',
  name: 'FCC Covered List',
  names: { zh: '美国联邦通信委员会涵盖清单', zhHant: '美國聯邦通信委員會涵蓋清單' },
  aliases: [
    { text: 'Covered List', needsContext: 'common-word' },
    'FCC national security threat list',
    "FCC's Covered List",
    'Secure and Trusted Communications Networks Act list',
  ],
  summary:
    "The US Federal Communications Commission's list of communications equipment and services deemed a threat to national security. The first list in 2021 named Huawei, ZTE, Hytera, Hikvision and Dahua; China Telecom (Americas) and China Mobile International USA were added in March 2022. Federal subsidies cannot be spent on listed gear.",
  year: {
    value: 2021,
    source: 'https://www.bnnbloomberg.ca/fcc-cites-kaspersky-china-telecom-china-mobile-on-security-1.1743126',
    note: 'first five Chinese companies listed in 2021',
  },
  issuer: 'US Federal Communications Commission',
  jurisdiction: 'US',
  goals: [
    'Identify communications equipment and services that pose unacceptable national-security risks.',
    'Bar federal subsidies from buying listed equipment and services.',
  ],
  related: ['company:huawei', 'company:zte', 'company:hikvision', 'company:dahua', 'company:china-mobile'],
  sources: [
    'https://www.bnnbloomberg.ca/fcc-cites-kaspersky-china-telecom-china-mobile-on-security-1.1743126',
    'https://www.scmp.com/news/world/united-states-canada/article/3171944/us-watchdog-adds-china-telecoms-firms-russias',
  ],
} satisfies Policy;
