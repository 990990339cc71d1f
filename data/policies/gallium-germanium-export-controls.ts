import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:gallium-germanium-export-controls',
  kind: 'policy',
  name: 'Gallium and Germanium Export Controls',
  names: { zh: '镓锗出口管制', zhHant: '鎵鍺出口管制', pinyin: 'jiā zhě chūkǒu guǎnzhì' },
  aliases: [
    'gallium and germanium export controls',
    'gallium export controls',
    'germanium export controls',
    'export controls on gallium and germanium',
    'gallium and germanium export curbs',
  ],
  summary:
    'Export licensing for gallium, germanium and related items, announced by the Ministry of Commerce and customs in July 2023 and applied from August 2023, widely read as a response to US semiconductor export controls. On 3 December 2024, a day after new US chip curbs, Beijing went further and barred in principle exports of gallium, germanium, antimony and superhard materials to the United States.',
  year: {
    value: 2023,
    source: 'https://m.mofcom.gov.cn/article/zwgk/gkzcfb/202307/20230703419666.shtml',
    note: 'announced July 2023, applied from August 2023',
  },
  issuer: 'Ministry of Commerce and General Administration of Customs',
  goals: [
    'Require licences to export gallium, germanium and related products.',
    'Protect national security and interests as defined by Beijing.',
    'Answer foreign restrictions on chip technology.',
  ],
  related: ['policy:rare-earth-export-controls', 'policy:export-control-law', 'policy:us-chip-export-controls'],
  sources: [
    'https://m.mofcom.gov.cn/article/zwgk/gkzcfb/202307/20230703419666.shtml',
    'https://www.japantimes.co.jp/news/2023/07/23/business/chip-export-curbs-begin/',
    'https://www.ndtvprofit.com/amp/world/china-to-suspend-rare-earth-export-controls-after-trump-xi-meeting',
    'https://www.brecorder.com/news/40335663/china-bans-exports-of-gallium-germanium-antimony-to-us',
  ],
} satisfies Policy;
