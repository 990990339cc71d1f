import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:east-data-west-computing',
  kind: 'policy',
  name: 'East Data West Computing',
  names: { zh: '东数西算', zhHant: '東數西算', pinyin: 'Dōng Shù Xī Suàn' },
  aliases: [
    'East Data, West Computing',
    'East-Data-West-Computing',
    'Eastern Data Western Computing',
    'Eastern Data, Western Computing',
    'Eastern Data Western Compute',
    'East Data West Compute',
    'Eastern Data and Western Computing',
    '东数西算工程',
  ],
  summary:
    'A national project approved in February 2022 to build eight computing hubs and ten data-centre clusters so that data from the crowded east is processed in the land- and energy-rich west.',
  year: {
    value: 2022,
    source: 'https://english.news.cn/20220218/21d502ee0f884c00948f408820767d06/c.html',
    note: 'hubs approved February 2022',
  },
  issuer: 'NDRC, Cyberspace Administration, MIIT and National Energy Administration',
  goals: [
    'Build hubs in Beijing-Tianjin-Hebei, the Yangtze River Delta, the Greater Bay Area, Chengdu-Chongqing, Inner Mongolia, Guizhou, Gansu and Ningxia.',
    'Move energy-hungry computing to western renewable power.',
    'Close the east-west gap in computing capacity.',
  ],
  related: [
    'zone:yangtze-river-delta',
    'zone:greater-bay-area',
    'city:chengdu',
    'city:chongqing',
    'city:beijing',
    'city:tianjin',
    'policy:digital-china',
  ],
  sources: [
    'https://english.news.cn/20220218/21d502ee0f884c00948f408820767d06/c.html',
    'https://en.people.cn/n3/2022/0218/c90000-9959658.html',
  ],
} satisfies Policy;
