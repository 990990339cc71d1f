import type { Company } from '../../src/data/schema';

export default {
  id: 'company:hello-group',
  kind: 'company',
  name: 'Hello Group',
  names: { zh: '挚文集团', zhHant: '摯文集團', pinyin: 'Zhìwén Jítuán' },
  aliases: [{ text: 'Momo', needsContext: 'common-word' }, 'Momo Inc', 'Hello Group Inc', '陌陌'],
  summary:
    "Beijing company behind Momo, a location-based app for meeting nearby strangers often called China's Tinder, started by former NetEase editor Tang Yan; the listed company later renamed itself Hello Group.",
  founded: { value: 2011, source: 'https://en.wikipedia.org/wiki/Momo_(software)', note: 'March 2011, as Beijing Momo Technology' },
  headquarters: 'city:beijing',
  founders: ['Tang Yan', 'Zhang Sichuan', 'Lei Xiaoliang', 'Li Zhiwei'],
  sectors: ['social networking', 'online dating', 'live streaming'],
  listings: [],
  related: ['city:beijing', 'company:netease', 'company:tencent'],
  sources: [
    'https://en.wikipedia.org/wiki/Momo_(software)',
    'https://fortune.com/2014/11/03/the-guys-behind-chinas-tinder/',
    'https://ir.hellogroup.com/node/8186/html',
  ],
} satisfies Company;
