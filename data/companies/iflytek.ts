import type { Company } from '../../src/data/schema';

export default {
  id: 'company:iflytek',
  kind: 'company',
  name: 'iFlytek',
  names: { zh: '科大讯飞', zhHant: '科大訊飛', pinyin: 'Kēdà Xùnfēi' },
  aliases: ['iFLYTEK Co', 'USTC iFlytek', 'Anhui USTC iFlytek', '讯飞', '訊飛'],
  summary:
    'Hefei speech-recognition and language-AI company started by University of Science and Technology of China students; partly state-owned, with China Mobile as its largest shareholder.',
  founded: {
    value: 1999,
    source: 'https://en.wikipedia.org/wiki/IFlytek',
  },
  headquarters: 'city:hefei',
  founders: ['Liu Qingfeng'],
  sectors: ['speech recognition', 'artificial intelligence', 'education technology'],
  listings: [{ exchange: 'SZSE', ticker: '002230', since: 2008 }],
  related: ['city:hefei', 'company:china-mobile', 'policy:new-generation-ai-plan'],
  sources: ['https://en.wikipedia.org/wiki/IFlytek'],
} satisfies Company;
