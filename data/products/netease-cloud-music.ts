import type { Product } from '../../src/data/schema';

export default {
  id: 'product:netease-cloud-music',
  kind: 'product',
  name: 'NetEase Cloud Music',
  names: { zh: '网易云音乐', zhHant: '網易雲音樂', pinyin: 'Wǎngyì Yún Yīnyuè' },
  aliases: ['NetEase Music', 'Netease Cloud Music', 'Cloud Music'],
  summary:
    "NetEase's music service, known for user-made playlists and lively comment threads under songs; the main rival of Tencent's music apps.",
  owner: 'company:netease',
  category: 'app',
  what: 'music streaming app built around playlists and comments',
  launched: {
    value: 2013,
    source: 'https://technode.com/2013/04/24/netease-william-ding-dreams-of-building-the-biggest-mobile-social-music-platform/',
    note: 'April 2013, after a beta in January',
  },
  headline: {
    value: 400_000_000,
    unit: 'users',
    year: 2017,
    source: 'https://musically.com/2017/11/22/netease-cloud-music-now-400m-users-china/',
    note: 'users, November 2017 (company figure)',
  },
  related: ['company:netease', 'city:hangzhou'],
  sources: [
    'https://technode.com/2013/04/24/netease-william-ding-dreams-of-building-the-biggest-mobile-social-music-platform/',
    'https://musically.com/2017/11/22/netease-cloud-music-now-400m-users-china/',
  ],
} satisfies Product;
