import type { Company } from '../../src/data/schema';

export default {
  id: 'company:moonshot-ai',
  kind: 'company',
  name: 'Moonshot AI',
  names: { zh: '月之暗面', pinyin: 'Yuè zhī Ànmiàn' },
  aliases: [{ text: 'Moonshot', needsContext: 'common-word' }, 'YueZhiAnMian'],
  summary:
    'Beijing AI start-up named after The Dark Side of the Moon, known for long-context language models and the Kimi assistant; backed by Alibaba and Tencent.',
  founded: { value: 2023, source: 'https://www.turingpost.com/p/moonshotai', note: 'March 2023' },
  headquarters: 'city:beijing',
  founders: ['Yang Zhilin', 'Zhou Xinyu', 'Wu Yuxin'],
  sectors: ['artificial intelligence', 'large language models'],
  listings: [],
  related: ['company:zhipu-ai', 'company:deepseek', 'company:minimax', 'company:alibaba', 'company:tencent'],
  sources: ['https://www.turingpost.com/p/moonshotai'],
} satisfies Company;
