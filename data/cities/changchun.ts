import type { City } from '../../src/data/schema';

export default {
  id: 'city:changchun',
  kind: 'city',
  name: 'Changchun',
  names: { zh: '长春', zhHant: '長春', pinyin: 'Chángchūn' },
  aliases: ['Changchun City', 'Hsinking'],
  summary:
    'Capital of Jilin in north-east China and headquarters of FAW Group, the state carmaker founded there in 1953, which makes it the cradle of the Chinese car industry.',
  province: 'Jilin',
  knownFor: ['automotive'],
  zones: [],
  related: ['city:shenyang', 'city:harbin'],
  sources: [
    'https://jilin.china.org.cn/2017-02/20/content_9348625.htm',
    'https://english.jl.gov.cn/NEWS/PICTURESVIDEOS/202007/t20200730_7386861.html',
  ],
} satisfies City;
