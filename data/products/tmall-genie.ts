import type { Product } from '../../src/data/schema';

export default {
  id: 'product:tmall-genie',
  kind: 'product',
  name: 'Tmall Genie',
  names: { zh: '天猫精灵', zhHant: '天貓精靈', pinyin: 'Tiānmāo Jīnglíng' },
  aliases: ['Tmall Genie X1', 'AliGenie'],
  summary:
    "Alibaba's line of smart speakers and its AliGenie voice assistant, sold cheaply in China and tied into its shopping and services.",
  owner: 'company:alibaba',
  category: 'device',
  what: 'smart speaker and voice assistant',
  launched: {
    value: 2017,
    source: 'https://www.usatoday.com/story/tech/news/2017/07/05/listen-up-alibaba-joining-amazon-and-google-smart-speaker-game/450963001/',
    note: 'unveiled July 2017',
  },
  headline: {
    value: 1_000_000,
    unit: 'units',
    year: 2017,
    source: 'https://voicebot.ai/2018/03/02/alibaba-sells-1-million-smart-speakers-four-months/',
    note: "Tmall Genie X1 speakers sold in the last four months of 2017 (Alibaba's figure)",
  },
  related: ['company:alibaba', 'product:tmall'],
  sources: [
    'https://www.usatoday.com/story/tech/news/2017/07/05/listen-up-alibaba-joining-amazon-and-google-smart-speaker-game/450963001/',
    'https://voicebot.ai/2018/03/02/alibaba-sells-1-million-smart-speakers-four-months/',
  ],
} satisfies Product;
