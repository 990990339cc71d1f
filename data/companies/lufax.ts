import type { Company } from '../../src/data/schema';

export default {
  id: 'company:lufax',
  kind: 'company',
  name: 'Lufax',
  names: { zh: '陆金所', zhHant: '陸金所', pinyin: 'Lùjīnsuǒ' },
  aliases: ['Lufax Holding', 'Lu.com', 'Lujiazui International Financial Asset Exchange', '陆金所控股'],
  summary:
    'Shanghai online lender and wealth-management platform backed by insurer Ping An, which owns about two-fifths of it. It began as a peer-to-peer lender, then dropped P2P loans to lend mainly to small business owners; it listed in New York and later sought a dual primary listing in Hong Kong.',
  founded: { value: 2011, source: 'https://euromoney.com/article/b12kqj495vkb36/chinas-lufax-prepares-to-meet-the-global-market' },
  headquarters: 'city:shanghai',
  founders: [],
  sectors: ['fintech', 'consumer and small-business lending', 'wealth management'],
  listings: [],
  related: ['city:shanghai', 'company:ant-group'],
  sources: [
    'https://euromoney.com/article/b12kqj495vkb36/chinas-lufax-prepares-to-meet-the-global-market',
    'https://www.scmp.com/business/banking-finance/article/3208868/ping-backed-fintech-lender-lufax-follows-footsteps-nio-and-tencent-music-applies-hong-kong-dual',
  ],
} satisfies Company;
