import type { City } from '../../src/data/schema';

export default {
  id: 'city:huizhou',
  kind: 'city',
  name: 'Huizhou',
  names: { zh: '惠州', pinyin: 'Huìzhōu' },
  aliases: ['Huizhou City'],
  summary:
    'Greater Bay Area manufacturing city east of Shenzhen with a large electronics industry, including factories of the television maker TCL.',
  province: 'Guangdong',
  knownFor: ['consumer electronics', 'electronics manufacturing'],
  zones: [],
  related: ['company:tcl', 'city:shenzhen', 'zone:greater-bay-area', 'zone:pearl-river-delta'],
  sources: [
    'https://www.scmp.com/business/article/3093433/chinese-machinery-giant-sinomach-build-us286-billion-smart-industrial',
    'https://www.huizhou.gov.cn/hzszfmhwywb/newscenter/content/post_3734361.html',
  ],
} satisfies City;
