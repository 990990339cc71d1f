import type { Company } from '../../src/data/schema';

const SCMP = 'https://www.scmp.com/tech/tech-war/article/3194168/tech-war-how-harvard-law-school-graduate-helping-china-achieve-its';

export default {
  id: 'company:biren-technology',
  kind: 'company',
  name: 'Biren Technology',
  names: { zh: '壁仞科技', zhHant: '壁仞科技', pinyin: 'Bìrèn Kējì' },
  aliases: ['Biren', 'Biren Tech'],
  summary:
    "Shanghai designer of general-purpose GPUs for AI training and inference, set up by the Wall Street veteran Michael Zhang Wen as a domestic alternative to Nvidia's data-centre chips, which US export rules keep out of China.",
  founded: { value: 2019, source: SCMP },
  headquarters: 'city:shanghai',
  founders: ['Michael Zhang Wen'],
  sectors: ['semiconductors', 'GPUs', 'AI chips'],
  listings: [],
  related: ['company:moore-threads', 'company:cambricon', 'company:hygon', 'city:shanghai'],
  sources: [SCMP],
} satisfies Company;
