import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:binhai-new-area',
  kind: 'zone',
  name: 'Tianjin Binhai New Area',
  names: { zh: '滨海新区', zhHant: '濱海新區', pinyin: 'Bīnhǎi Xīnqū' },
  aliases: ['Binhai New Area', { text: 'Binhai', needsContext: 'place-name' }, 'Tianjin Binhai'],
  summary:
    'Coastal state-level new area of Tianjin on the Bohai Sea, grouping the port, the TEDA development zone, a free trade zone and a hi-tech zone; a district government since 2009.',
  zoneType: 'new-area',
  city: 'city:tianjin',
  established: {
    value: 2006,
    source: 'https://subsites.chinadaily.com.cn/tianjin/binhai/2018-02/12/c_145224.htm',
    note: 'State Council approved its development in April 2006',
  },
  focus: ['advanced manufacturing', 'research and development', 'shipping and logistics'],
  related: ['zone:pudong', 'zone:jing-jin-ji'],
  sources: [
    'https://subsites.chinadaily.com.cn/tianjin/binhai/2018-02/12/c_145224.htm',
    'https://www.chinadaily.com.cn/m/tianjin/e/2010-01/12/content_9305767.htm',
  ],
} satisfies Zone;
