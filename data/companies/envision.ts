import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Envision_Energy';
const RECHARGE =
  'https://www.rechargenews.com/energy-transition/its-not-about-the-wind-turbine-it-s-about-energy-the-inside-story-of-envisions-new-vision/2-1-1316759';
const TIME = 'https://time.com/6980418/envision-energy/';

export default {
  id: 'company:envision',
  kind: 'company',
  name: 'Envision Energy',
  names: { zh: '远景能源', zhHant: '遠景能源', pinyin: 'Yuǎnjǐng Néngyuán' },
  aliases: [{ text: 'Envision', needsContext: 'common-word' }, 'Envision Group', '远景科技集团'],
  summary:
    "Shanghai company that became one of the world's largest wind-turbine makers and has spread into batteries, green hydrogen, energy-management software and a 'net-zero' industrial park in Inner Mongolia.",
  founded: { value: 2007, source: WIKI, note: 'in Jiangyin, Jiangsu' },
  headquarters: 'city:shanghai',
  founders: ['Zhang Lei'],
  sectors: ['wind turbines', 'batteries', 'green hydrogen', 'energy software'],
  listings: [],
  related: ['company:goldwind', 'company:mingyang-smart-energy', 'company:catl', 'city:shanghai'],
  sources: [WIKI, RECHARGE, TIME],
} satisfies Company;
