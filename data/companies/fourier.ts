import type { Company } from '../../src/data/schema';

const KR36 = 'https://eu.36kr.com/en/p/3287569366459272';
const THE_PAPER = 'https://m.thepaper.cn/newsDetail_forward_23821551';

export default {
  id: 'company:fourier',
  kind: 'company',
  name: 'Fourier Intelligence',
  names: { zh: '傅利叶智能', zhHant: '傅利葉智能', pinyin: 'Fùlìyè Zhìnéng' },
  // Named after the mathematician Joseph Fourier; the bare name usually means him or his transform.
  aliases: [{ text: 'Fourier', needsContext: 'person-name' }, 'Fourier Robotics', 'Shanghai Fourier Intelligence', '傅利叶'],
  summary:
    'Shanghai robotics company that began with rehabilitation robots for hospitals and, since 2023, has built general-purpose humanoid robots (the GR series) aimed at care and rehabilitation settings.',
  founded: { value: 2015, source: KR36 },
  headquarters: 'city:shanghai',
  founders: ['Gu Jie (Alex Gu)'],
  sectors: ['humanoid robots', 'rehabilitation robots', 'medical devices'],
  listings: [],
  related: ['company:unitree', 'company:ubtech', 'company:agibot', 'company:galbot', 'city:shanghai'],
  sources: [KR36, THE_PAPER],
} satisfies Company;
