import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:hainan-free-trade-port',
  kind: 'policy',
  name: 'Hainan Free Trade Port',
  names: { zh: '海南自由贸易港', zhHant: '海南自由貿易港', pinyin: 'Hǎinán Zìyóu Màoyì Gǎng' },
  aliases: ['Hainan FTP', 'Hainan free-trade port', 'Hainan Free Trade Port plan', '海南自贸港'],
  summary:
    "The whole of Hainan island designated a free trade port, China's largest special economic zone: announced by Xi Jinping in 2018, given its own law in 2021, and run as a separate customs territory since island-wide special customs operations began on 18 December 2025.",
  year: {
    value: 2018,
    source: 'https://en.wikipedia.org/wiki/Hainan_Free_Trade_Port',
    note: 'announced 2018; island-wide special customs operations from 18 December 2025',
  },
  issuer: 'CPC Central Committee and State Council',
  goals: [
    'Free the flow of goods, capital, people and data between Hainan and the world.',
    'Trial the highest level of opening-up policies in a single customs zone.',
    'Grow tourism, modern services and high-tech industries on the island.',
  ],
  related: ['policy:special-economic-zones', 'policy:pilot-free-trade-zones'],
  sources: ['https://en.wikipedia.org/wiki/Hainan_Free_Trade_Port', 'https://en.people.cn/n3/2025/0331/c90000-20296255.html'],
} satisfies Policy;
