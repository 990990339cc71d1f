import type { Product } from '../../src/data/schema';

export default {
  id: 'product:feishu',
  kind: 'product',
  name: 'Feishu',
  names: { zh: '飞书', zhHant: '飛書', pinyin: 'Fēishū' },
  aliases: [{ text: 'Lark', needsContext: 'common-word' }, 'Lark Suite', 'Larksuite', 'ByteDance Lark'],
  summary:
    "ByteDance's workplace suite of chat, documents, calendars and video meetings, built as an internal tool and sold as Feishu in China and Lark abroad; it competes with DingTalk and WeCom.",
  owner: 'company:bytedance',
  category: 'app',
  what: 'workplace messaging and collaboration suite',
  launched: {
    value: 2019,
    source: 'https://technode.com/2021/12/23/lark-bytedances-slack-like-app-eyes-1-billion-global-revenue-in-five-years/',
    note: 'marketed to businesses from 2019, when the international version Lark launched; built as an internal tool in 2016',
  },
  headline: {
    value: 4_500_000,
    unit: 'users',
    year: 2021,
    source: 'https://technode.com/2021/12/23/lark-bytedances-slack-like-app-eyes-1-billion-global-revenue-in-five-years/',
    note: 'daily active users, November 2021 (LatePost, via TechNode)',
  },
  related: ['company:bytedance', 'product:dingtalk'],
  sources: [
    'https://technode.com/2021/12/23/lark-bytedances-slack-like-app-eyes-1-billion-global-revenue-in-five-years/',
    'https://technode.com/2019/05/22/lark-bytedances-work-platform/',
    'https://yicaiglobal.com/news/bytedance-office-tool-lark-notched-up-good-user-base-growth-in-past-year-ceo-says',
  ],
  disputed: [
    {
      field: 'launched',
      values: [
        {
          value: 2019,
          source: 'https://technode.com/2021/12/23/lark-bytedances-slack-like-app-eyes-1-billion-global-revenue-in-five-years/',
        },
        { value: 2018, source: 'https://technode.com/2019/05/22/lark-bytedances-work-platform/' },
        {
          value: 2016,
          source: 'https://yicaiglobal.com/news/bytedance-office-tool-lark-notched-up-good-user-base-growth-in-past-year-ceo-says',
        },
      ],
      note: '2016 is when it was built for internal use, 2018 when it first appeared in app stores, 2019 when it was sold to businesses.',
    },
  ],
} satisfies Product;
