import type { Company } from '../../src/data/schema';

export default {
  id: 'company:beigene',
  kind: 'company',
  name: 'BeiGene',
  names: { zh: '百济神州', zhHant: '百濟神州', pinyin: 'Bǎijì Shénzhōu' },
  aliases: ['BeOne Medicines', 'BeiGene Ltd'],
  summary:
    'Cancer-drug developer started in Beijing by an American entrepreneur and a Chinese-American biochemist to do research in China for world markets. Its drugs include the BTK inhibitor zanubrutinib (Brukinsa) and the checkpoint inhibitor tislelizumab.',
  founded: { value: 2010, source: 'https://www.beigene.de/ueber-uns/geschichte/' },
  headquarters: 'city:beijing',
  founders: ['John Oyler', 'Xiaodong Wang'],
  sectors: ['biotechnology', 'oncology drugs', 'pharmaceuticals'],
  listings: [],
  related: ['city:beijing', 'zone:zhongguancun'],
  sources: [
    'https://www.beigene.de/ueber-uns/geschichte/',
    'https://www.biocentury.com/article/240284/beigene-teams-americans-chinese-returnees-to-develop-cancer-drugs-in-china',
  ],
} satisfies Company;
