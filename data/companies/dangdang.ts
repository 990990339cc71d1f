import type { Company } from '../../src/data/schema';

export default {
  id: 'company:dangdang',
  kind: 'company',
  name: 'Dangdang',
  names: { zh: '当当', zhHant: '噹噹', pinyin: 'Dāngdāng' },
  aliases: ['Dangdang.com', 'E-Commerce China Dangdang', '当当网', '噹噹網'],
  summary:
    "Beijing online bookseller often called China's Amazon, founded by husband-and-wife team Li Guoqing and Peggy Yu; once New York-listed, it lost ground to Alibaba and JD.com and was later hit by its founders' public feud over control.",
  founded: {
    value: 1999,
    source: 'https://technode.com/2019/02/21/co-founder-of-chinas-amazon-announced-his-departure/',
  },
  headquarters: 'city:beijing',
  founders: ['Li Guoqing', 'Peggy Yu'],
  sectors: ['e-commerce', 'online books'],
  listings: [],
  related: ['city:beijing', 'company:alibaba', 'company:jd-com'],
  sources: [
    'https://technode.com/2019/02/21/co-founder-of-chinas-amazon-announced-his-departure/',
    'https://news.cgtn.com/news/7863444d796b7a6333566d54/index.html',
    'https://technode.com/2020/04/27/ousted-dangdang-co-founder-breaks-into-hq-in-attempted-coup/',
    'https://www.businessinsider.com/dangdang-ceo-on-falling-below-ipo-price-most-american-investors-are-incompetent-2011-8',
  ],
} satisfies Company;
