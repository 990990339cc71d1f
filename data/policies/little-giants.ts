import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:little-giants',
  kind: 'policy',
  name: 'Little Giant Enterprises',
  names: { zh: '专精特新“小巨人”企业', zhHant: '專精特新「小巨人」企業', pinyin: 'zhuān jīng tè xīn "xiǎo jùrén" qǐyè' },
  aliases: [
    { text: 'little giants', needsContext: 'common-word' },
    { text: 'little giant', needsContext: 'common-word' },
    'little giant enterprises',
    'little giant firms',
    'little giant companies',
    'specialised and sophisticated SMEs',
    'specialized and sophisticated SMEs',
    'specialized, refined, distinctive and innovative',
    'specialised, refined, distinctive and innovative',
    '专精特新',
    '小巨人企业',
    { text: '小巨人', needsContext: 'common-word' },
  ],
  summary: 'A Ministry of Industry and Information Technology title, awarded in batches since 2018, for small and medium firms that lead a narrow niche with their own technology; holders get subsidies and policy support.',
  year: { value: 2018, source: 'https://www.sztexun.net/article/8863.html', note: 'cultivation programme started 2018' },
  issuer: 'Ministry of Industry and Information Technology',
  goals: [
    'Grow specialised, refined, distinctive and innovative SMEs in industrial chokepoints.',
    'Reduce reliance on foreign suppliers in key components and materials.',
    'Certify about 10,000 national "little giants" during the 14th Five-Year Plan.',
  ],
  related: ['policy:14th-five-year-plan'],
  sources: [
    'https://www.sztexun.net/article/8863.html',
    'https://www.tellerreport.com/business/2022-09-27-draw-a-portrait-of-the-special-new-%22little-giant%22--large-quantity--high-quality-and-good-growth-momentum.Bk-lkdlWzs.html',
    'https://www.instrumentandapparatus.com/2022/the-cultivation-of-the-fourth-batch-of-specialized-and-newlittle-giant-enterprises-started-2/',
  ],
} satisfies Policy;
