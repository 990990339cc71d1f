import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:cross-border-ecommerce-zones',
  kind: 'policy',
  name: 'Cross-Border E-Commerce Comprehensive Pilot Zones',
  names: { zh: '跨境电子商务综合试验区', zhHant: '跨境電子商務綜合試驗區', pinyin: 'kuàjìng diànzǐ shāngwù zōnghé shìyànqū' },
  aliases: [
    'Cross-Border E-Commerce Comprehensive Pilot Zone',
    'comprehensive pilot zones for cross-border e-commerce',
    'comprehensive pilot zone for cross-border e-commerce',
    'cross-border e-commerce pilot zones',
    'cross-border e-commerce pilot zone',
    'cross-border e-commerce comprehensive experimental zone',
    'cross-border e-commerce zones',
    { text: 'pilot zones', needsContext: 'common-word' },
    { text: 'pilot zone', needsContext: 'common-word' },
    '跨境电商综试区',
    '跨境电商综合试验区',
  ],
  summary: 'Cities where the State Council lets firms pilot new customs, tax-refund, payment and logistics rules for cross-border online trade; Hangzhou was first, in March 2015, and later batches took the count past 100.',
  year: { value: 2015, source: 'https://www.datenna.com/2015/04/04/pilot-zone-for-overseas-e-commerce-set-up-in-hangzhou/', note: 'Hangzhou zone approved on 12 March 2015' },
  issuer: 'State Council',
  goals: [
    'Write rules for cross-border e-commerce transactions, payments, logistics, customs clearance and tax refunds.',
    'Spread the Hangzhou model to other cities.',
    'Use online trade to support exports and jobs.',
  ],
  related: ['city:hangzhou', 'company:alibaba', 'city:tianjin', 'city:shanghai', 'city:chongqing', 'city:hefei', 'city:guangzhou', 'city:chengdu', 'city:qingdao', 'city:shenzhen', 'city:suzhou'],
  sources: [
    'https://www.datenna.com/2015/04/04/pilot-zone-for-overseas-e-commerce-set-up-in-hangzhou/',
    'https://uschinahpa.org/2018/07/more-cities-set-up-cross-border-e-commerce-pilot-zones/',
    'https://govt.chinadaily.com.cn/s/201808/13/WS5d0f7b13498e12256565e62e/kua-jing-dian-shang-zong-he-shi-yan-qu-kuajing-dianshang-zonghe-shiyanqu-comprehensive-pilot-zone-for-cross-border-e-commerce.html',
    'https://policycn.com/policy_ticker/the-6th-round-of-cross-border-e-commerce-pilot-zones-announced/',
  ],
} satisfies Policy;
