import type { Company } from '../../src/data/schema';

export default {
  id: 'company:zhipu-ai',
  kind: 'company',
  name: 'Zhipu AI',
  names: { zh: '智谱', zhHant: '智譜', pinyin: 'Zhìpǔ' },
  aliases: ['Zhipu', 'Z.ai', 'Knowledge Atlas Technology', 'Beijing Zhipu Huazhang Technology', '智谱AI', '智譜AI', '北京智谱华章科技'],
  summary:
    'Beijing large-language-model developer spun out of a Tsinghua University lab, maker of the GLM models; listed in Hong Kong in January 2026 and in February hired advisers for a second listing on Shanghai’s STAR Market.',
  founded: { value: 2019, source: 'https://www.thewirechina.com/2025/02/16/what-is-zhipu-ai/' },
  headquarters: 'city:beijing',
  founders: ['Tang Jie', 'Li Juanzi'],
  sectors: ['artificial intelligence', 'large language models'],
  // Listed in Hong Kong in January 2026 (36Kr, The Edge Singapore); its stock code appeared only in copies, so none is recorded.
  listings: [],
  related: ['company:moonshot-ai', 'company:deepseek', 'company:minimax', 'company:baichuan-ai', 'zone:zhongguancun'],
  sources: [
    'https://eu.36kr.com/en/p/3631042586395657',
    'https://www.theedgesingapore.com/news/tech/chinese-ai-app-zhipu-plans-shanghai-float-after-soaring-320-hong-kong',
    'https://www.thewirechina.com/2025/02/16/what-is-zhipu-ai/',
  ],
} satisfies Company;
