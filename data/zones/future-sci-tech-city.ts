import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:future-sci-tech-city',
  kind: 'zone',
  name: 'Hangzhou Future Sci-Tech City',
  names: { zh: '杭州未来科技城', zhHant: '杭州未來科技城', pinyin: 'Hángzhōu Wèilái Kējì Chéng' },
  aliases: ['Future Sci-Tech City', 'Future Science and Technology City', 'Hangzhou Future Science and Technology City', '未来科技城'],
  summary: 'Innovation district in Yuhang, west Hangzhou, built around Alibaba’s headquarters, Zhejiang Lab and new universities.',
  zoneType: 'park',
  city: 'city:hangzhou',
  area: {
    value: 128,
    unit: 'km2',
    year: 2025,
    source: 'https://www.plataformamedia.com/en/2025/08/11/old-tech-giants-and-emerging-dragons',
    note: 'approximate',
  },
  focus: ['e-commerce', 'artificial intelligence', 'internet of things', 'bioscience'],
  related: ['company:alibaba', 'company:ant-group', 'zone:binjiang'],
  sources: [
    'https://www.plataformamedia.com/en/2025/08/11/old-tech-giants-and-emerging-dragons',
    'https://www.scmp.com/tech/big-tech/article/3209669/alibaba-speed-construction-latest-phase-its-global-headquarters-hangzhou-amid-more-support-local',
  ],
  disputed: [
    {
      field: 'area',
      values: [
        { value: 'about 128 km²', source: 'https://www.plataformamedia.com/en/2025/08/11/old-tech-giants-and-emerging-dragons' },
        {
          value: '98.9 km²',
          source:
            'https://archive.shine.cn/city-specials/hangzhou/Hangzhou-to-invest-US439m-in-building-Chinas-Silicon-Valley/shdaily.shtml',
        },
      ],
      note: 'The older figure describes the original Xixi sci-tech plan; the zone has since grown.',
    },
  ],
} satisfies Zone;
