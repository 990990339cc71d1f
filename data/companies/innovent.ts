import type { Company } from '../../src/data/schema';

export default {
  id: 'company:innovent',
  kind: 'company',
  name: 'Innovent Biologics',
  names: { zh: '信达生物', zhHant: '信達生物', pinyin: 'Xìndá Shēngwù' },
  aliases: ['Innovent', 'Innovent Biologics Inc', '信达生物制药', '信達生物製藥'],
  summary:
    "Suzhou biotech company developing antibody drugs for cancer, metabolic and autoimmune diseases, started by scientist Michael Yu (Yu Dechao) in the city's BioBAY park; an early licensing deal with Eli Lilly marked a first for a Chinese biologics maker; it is listed in Hong Kong.",
  founded: { value: 2011, source: 'https://en.biobay.com.cn/zxdt/show-1204.html' },
  headquarters: 'city:suzhou',
  founders: ['Michael Yu'],
  sectors: ['biotechnology', 'antibody drugs', 'pharmaceuticals'],
  listings: [],
  related: ['city:suzhou', 'zone:suzhou-industrial-park'],
  sources: ['https://en.biobay.com.cn/zxdt/show-1204.html', 'https://www.chinabiotoday.com/articles/20150303'],
} satisfies Company;
