import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:new-quality-productive-forces',
  kind: 'policy',
  name: 'New Quality Productive Forces',
  names: { zh: '新质生产力', zhHant: '新質生產力', pinyin: 'xīnzhì shēngchǎnlì' },
  aliases: [
    'new-quality productive forces',
    { text: 'new productive forces', needsContext: 'common-word' },
    'new quality productivity',
    'new-quality productivity',
  ],
  summary:
    'A Xi Jinping slogan first used in September 2023 for growth driven by technological breakthroughs and emerging industries rather than capital and labour inputs; the top task of the 2024 government work report.',
  year: { value: 2023, source: 'https://www.shine.cn/news/nation/2403069026/', note: 'first put forward in Heilongjiang, September 2023' },
  issuer: 'Xi Jinping / CPC Central Committee',
  goals: [
    'Raise total factor productivity through disruptive technology.',
    'Foster strategic emerging industries and future industries.',
    'Upgrade traditional industries rather than abandon them.',
  ],
  related: ['policy:15th-five-year-plan', 'policy:strategic-emerging-industries', 'policy:low-altitude-economy'],
  sources: ['https://www.shine.cn/news/nation/2403069026/'],
} satisfies Policy;
