import type { City } from '../../src/data/schema';

export default {
  id: 'city:nanchang',
  kind: 'city',
  name: 'Nanchang',
  names: { zh: '南昌', pinyin: 'Nánchāng' },
  aliases: ['Nanchang City'],
  summary:
    'Capital of Jiangxi and host every year since 2018 of the World Conference on VR Industry, around which the province has built a virtual-reality cluster.',
  province: 'Jiangxi',
  knownFor: ['virtual reality'],
  zones: [],
  related: [],
  sources: [
    'https://en.people.cn/n3/2023/1020/c90000-20086846.html',
    'https://epaper.chinadaily.com.cn/a/202010/20/WS5f8e3f7ca31099a2343511bb.html',
  ],
} satisfies City;
