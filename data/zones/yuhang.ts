import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:yuhang',
  kind: 'zone',
  name: 'Yuhang District',
  names: { zh: '余杭区', zhHant: '餘杭區', pinyin: 'Yúháng Qū' },
  aliases: [{ text: 'Yuhang', needsContext: 'person-name' }, 'Yuhang District, Hangzhou'],
  summary:
    'District of western Hangzhou that holds Zhejiang Lab and the Future Sci-Tech City, one of the strongest digital-economy districts in Zhejiang.',
  zoneType: 'district',
  city: 'city:hangzhou',
  focus: ['digital economy', 'research laboratories'],
  related: ['zone:future-sci-tech-city', 'zone:binjiang', 'company:alibaba'],
  sources: [
    'https://en.hangzhou.com.cn/Photos/content/2020-06/03/content_7748240.htm',
    'https://en.hangzhou.com.cn/News/content/2024-01/24/content_8679761.html',
  ],
} satisfies Zone;
