import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:military-civil-fusion',
  kind: 'policy',
  name: 'Military-Civil Fusion',
  names: { zh: '军民融合', zhHant: '軍民融合', pinyin: 'jūn mín rónghé' },
  aliases: [
    'military-civil fusion',
    'civil-military fusion',
    'Military-Civil Fusion strategy',
    'civil-military integration',
    'military-civilian integration',
    'integrated military and civilian development',
    { text: 'MCF', needsContext: 'abbreviation', exactCase: true },
    '军民融合发展战略',
  ],
  summary:
    'A strategy to merge civilian and defence technology, industry and resources. Xi Jinping raised it to a national strategy in March 2015, and a central commission he heads held its first plenary meeting in June 2017; US export controls cite it as a reason to restrict Chinese access to advanced technology.',
  year: {
    value: 2015,
    source: 'https://ndupress.ndu.edu/Media/News/News-Article-View/Article/1748777/civil-military-integrations-and-pla-reforms',
    note: 'raised to a national strategy in March 2015',
  },
  issuer: 'CPC Central Committee (Central Commission for Integrated Military and Civilian Development)',
  goals: [
    'Share technology, capital, talent and infrastructure between the civilian economy and the military.',
    'Bring civilian firms and universities into defence research and production.',
    'Strengthen national defence alongside economic development.',
  ],
  related: ['policy:us-chip-export-controls', 'policy:us-entity-list'],
  sources: [
    'https://ndupress.ndu.edu/Media/News/News-Article-View/Article/1748777/civil-military-integrations-and-pla-reforms',
    'https://www.xinhuanet.com/english/2017-06/20/c_136381338.htm',
  ],
} satisfies Policy;
