import type { Company } from '../../src/data/schema';

export default {
  id: 'company:mixue',
  kind: 'company',
  name: 'Mixue',
  names: { zh: '蜜雪冰城', pinyin: 'Mìxuě Bīngchéng' },
  aliases: ['Mixue Bingcheng', 'Mixue Ice Cream & Tea', 'Mixue Ice Cream and Tea', 'Mixue Group', '蜜雪集团', '蜜雪集團'],
  summary:
    "Budget ice-cream and bubble-tea chain from Henan whose franchised outlets outnumber those of McDonald's and Starbucks; it earns much of its money supplying ingredients to franchisees and listed in Hong Kong in March 2025.",
  founded: { value: 1997, source: 'https://www.bbc.com/news/articles/c625n63epyzo', note: 'as a student side business' },
  headquarters: 'city:zhengzhou',
  founders: ['Zhang Hongchao'],
  sectors: ['food and beverage', 'bubble tea', 'franchising'],
  listings: [],
  related: ['city:zhengzhou', 'company:luckin-coffee'],
  sources: ['https://www.bbc.com/news/articles/c625n63epyzo'],
} satisfies Company;
