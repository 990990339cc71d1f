import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:rare-earth-export-controls',
  kind: 'policy',
  name: 'Rare-Earth Export Controls',
  names: { zh: '稀土出口管制', pinyin: 'xītǔ chūkǒu guǎnzhì' },
  aliases: [
    'rare earth export controls',
    'rare-earth export restrictions',
    'rare earth export restrictions',
    'rare earth export curbs',
    'rare-earth export curbs',
    'controls on rare earth exports',
  ],
  summary:
    "China's licensing of rare-earth exports. In April 2025 the Ministry of Commerce and customs put seven medium and heavy rare earths, among them dysprosium, terbium and samarium, under export licences; on 9 October 2025 wider rules reached technologies and foreign-made products containing Chinese rare earths, but after the Xi-Trump meeting those October rules were suspended until 10 November 2026, while the April controls stayed.",
  year: {
    value: 2025,
    source: 'https://www.okaz.com.sa/politics/na/2221135',
    note: 'controls of April 2025; October 2025 expansion suspended until 10 November 2026',
  },
  issuer: 'Ministry of Commerce and General Administration of Customs',
  goals: [
    'Require licences for exports of strategic medium and heavy rare earths and magnets.',
    'Deny exports to foreign military end users.',
    "Use China's dominance of rare-earth supply as leverage in trade disputes.",
  ],
  related: [
    'policy:export-control-law',
    'policy:dual-use-export-control-regulations',
    'policy:gallium-germanium-export-controls',
    'policy:us-chip-export-controls',
  ],
  sources: [
    'https://www.nationthailand.com/blogs/news/world/40048363',
    'https://www.nationthailand.com/blogs/news/world/40056580',
    'https://www.ndtvprofit.com/amp/world/china-to-suspend-rare-earth-export-controls-after-trump-xi-meeting',
    'https://www.okaz.com.sa/politics/na/2221135',
  ],
} satisfies Policy;
