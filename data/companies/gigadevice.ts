import type { Company } from '../../src/data/schema';

const FORBES_JP = 'https://forbesjapan.com/articles/detail/31694';
const DIGITIMES = 'https://www.digitimes.com/news/a20170830PD206.html';
const DIGITIMES_2016 = 'https://www.digitimes.com/news/a20160920PD210.html';
const EQUALOCEAN = 'https://www.equalocean.com/analysis/2020032513816/amp';

export default {
  id: 'company:gigadevice',
  kind: 'company',
  name: 'GigaDevice',
  names: { zh: '兆易创新', zhHant: '兆易創新', pinyin: 'Zhàoyì Chuàngxīn' },
  aliases: ['GigaDevice Semiconductor', 'GigaDevice Semiconductor (Beijing)', '兆易创新科技'],
  summary:
    'Beijing fabless designer of NOR flash memory and microcontrollers, made by SMIC and other Chinese foundries; the state Big Fund took an 11% stake in 2017.',
  founded: { value: 2005, source: FORBES_JP, note: 'as the predecessor company, after Zhu Yiming returned from the US' },
  headquarters: 'city:beijing',
  founders: ['Zhu Yiming'],
  sectors: ['semiconductors', 'flash memory', 'microcontrollers'],
  listings: [{ exchange: 'SSE', ticker: '603986', since: 2016 }],
  related: ['company:cxmt', 'company:smic', 'company:montage-technology', 'policy:big-fund', 'city:beijing'],
  sources: [FORBES_JP, DIGITIMES, DIGITIMES_2016, EQUALOCEAN],
} satisfies Company;
