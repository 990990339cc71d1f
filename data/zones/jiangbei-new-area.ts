import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:jiangbei-new-area',
  kind: 'zone',
  name: 'Nanjing Jiangbei New Area',
  names: { zh: '南京江北新区', zhHant: '南京江北新區', pinyin: 'Nánjīng Jiāngběi Xīnqū' },
  aliases: ['Jiangbei New Area', 'Jiangbei New District'],
  summary:
    'State-level new area on the north bank of the Yangtze in Nanjing, approved in June 2015 as Jiangsu’s only one; it takes in the Nanjing hi-tech zone and other industrial parks.',
  zoneType: 'new-area',
  city: 'city:nanjing',
  established: {
    value: 2015,
    source: 'https://qingdao.chinadaily.com.cn/2017-04/11/content_28934136_13.htm',
    note: 'approved by the State Council in June 2015',
  },
  area: {
    value: 788,
    unit: 'km2',
    year: 2015,
    source: 'https://qingdao.chinadaily.com.cn/2017-04/11/content_28934136_13.htm',
    note: 'planning area',
  },
  focus: ['high-tech industry', 'chemicals', 'logistics'],
  related: ['zone:yangtze-river-delta'],
  sources: ['https://qingdao.chinadaily.com.cn/2017-04/11/content_28934136_13.htm'],
} satisfies Zone;
