import type { Company } from '../../src/data/schema';

export default {
  id: 'company:alibaba-cloud',
  kind: 'company',
  name: 'Alibaba Cloud',
  names: { zh: '阿里云', zhHant: '阿里雲', pinyin: 'Ālǐyún' },
  aliases: ['Aliyun', 'Alibaba Cloud Intelligence', 'Alibaba Cloud Intelligence Group', 'Ali Cloud'],
  summary:
    "Alibaba's cloud-computing arm, China's largest public cloud provider, which also develops the Tongyi Qianwen (Qwen) AI models; built from 2009 by Wang Jian.",
  founded: {
    value: 2009,
    source: 'https://www.scmp.com/tech/big-tech/article/3002741/alibaba-step-cloud-computing-expansion-amid-growing-global-demand',
  },
  headquarters: 'city:hangzhou',
  founders: ['Wang Jian'],
  sectors: ['cloud computing', 'ai models'],
  listings: [],
  parent: 'company:alibaba',
  related: ['company:alibaba', 'city:hangzhou', 'company:01-ai', 'company:minimax'],
  sources: [
    'https://www.scmp.com/tech/big-tech/article/3002741/alibaba-step-cloud-computing-expansion-amid-growing-global-demand',
    'https://technode.com/2023/05/15/alibaba-cloud-founder-wang-jian-to-return-amid-units-growth-concerns/',
  ],
} satisfies Company;
