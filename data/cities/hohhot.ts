import type { City } from '../../src/data/schema';

export default {
  id: 'city:hohhot',
  kind: 'city',
  name: 'Hohhot',
  names: { zh: '呼和浩特', pinyin: 'Hūhéhàotè' },
  aliases: ['Huhehaote', 'Hohhot City'],
  summary:
    'Capital of Inner Mongolia whose Horinger data-centre cluster, drawn by cheap power and a cool climate, is among China’s largest computing hubs.',
  province: 'Inner Mongolia',
  knownFor: ['data centres', 'cloud computing'],
  zones: [],
  related: ['policy:east-data-west-computing', 'city:guiyang'],
  sources: [
    'https://en.people.cn/n3/2023/1130/c90000-20104088.html',
    'https://global.chinadaily.com.cn/m/innermongolia/2015-03/28/content_19948300.htm',
  ],
} satisfies City;
