import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:dual-use-export-control-regulations',
  kind: 'policy',
  name: 'Regulations on the Export Control of Dual-Use Items',
  names: { zh: '两用物项出口管制条例', zhHant: '兩用物項出口管制條例', pinyin: 'Liǎngyòng Wùxiàng Chūkǒu Guǎnzhì Tiáolì' },
  aliases: [
    'dual-use items export control regulations',
    'Dual-Use Items Export Control Regulations',
    'export control regulations on dual-use items',
    'dual-use export control regulations',
    "Regulations of the People's Republic of China on the Export Control of Dual-Use Items",
    '中华人民共和国两用物项出口管制条例',
  ],
  summary:
    'State Council regulations, in force from 1 December 2024, that set out licensing, control lists and supervision for exports of goods, technologies and services with both civil and military uses; they abolish the registration of dual-use exporters.',
  year: { value: 2024, source: 'https://www.shine.cn/news/nation/2410198234/', note: 'in force 1 December 2024' },
  issuer: 'State Council (decree signed by Premier Li Qiang)',
  goals: [
    'Run a licensing system and control list for dual-use exports.',
    'Require end-user and end-use information from exporters.',
    'Make export-control policy more transparent and standardised.',
  ],
  related: ['policy:export-control-law', 'policy:rare-earth-export-controls', 'policy:gallium-germanium-export-controls'],
  sources: ['https://www.shine.cn/news/nation/2410198234/'],
} satisfies Policy;
