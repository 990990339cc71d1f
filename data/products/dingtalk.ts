import type { Product } from '../../src/data/schema';

export default {
  id: 'product:dingtalk',
  kind: 'product',
  name: 'DingTalk',
  names: { zh: '钉钉', zhHant: '釘釘', pinyin: 'Dīngdīng' },
  aliases: ['Ding Talk', 'DingDing'],
  summary:
    "Alibaba's workplace app for chat, attendance, approvals and video meetings, widely used by Chinese companies and schools and criticised by some workers as a surveillance tool.",
  owner: 'company:alibaba',
  category: 'app',
  what: 'workplace messaging and office app',
  launched: {
    value: 2014,
    source:
      'https://www.business-standard.com/article/international/alibaba-office-app-adds-clock-in-system-receives-backlash-from-workers-118080500005_1.html',
    note: 'available since December 2014',
  },
  headline: {
    value: 153_000_000,
    unit: 'users',
    year: 2021,
    source: 'https://yicaiglobal.com/news/bytedance-office-tool-lark-notched-up-good-user-base-growth-in-past-year-ceo-says',
    note: 'monthly active users, October 2021 (Qianfan data)',
  },
  related: ['company:alibaba', 'product:feishu', 'product:qwen', 'city:hangzhou'],
  sources: [
    'https://www.business-standard.com/article/international/alibaba-office-app-adds-clock-in-system-receives-backlash-from-workers-118080500005_1.html',
    'https://yicaiglobal.com/news/bytedance-office-tool-lark-notched-up-good-user-base-growth-in-past-year-ceo-says',
    'https://www.alizila.com/ding-talk-alibabas-messaging-app-aims-change-business/',
  ],
  disputed: [
    {
      field: 'launched',
      values: [
        {
          value: 2014,
          source:
            'https://www.business-standard.com/article/international/alibaba-office-app-adds-clock-in-system-receives-backlash-from-workers-118080500005_1.html',
        },
        { value: 2015, source: 'https://www.alizila.com/ding-talk-alibabas-messaging-app-aims-change-business/' },
      ],
      note: 'It went live in December 2014; Alibaba dates its unveiling to January 2015.',
    },
  ],
} satisfies Product;
