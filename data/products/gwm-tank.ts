import type { Product } from '../../src/data/schema';

export default {
  id: 'product:gwm-tank',
  kind: 'product',
  name: 'GWM Tank',
  names: { zh: '坦克', pinyin: 'Tǎnkè' },
  aliases: [{ text: 'Tank', needsContext: 'common-word' }, 'Tank 300', 'Tank 500', 'Tank 700', 'Great Wall Tank'],
  summary: "Great Wall Motor's brand of rugged body-on-frame off-road SUVs, spun out of the Wey brand after the Tank 300 sold well.",
  owner: 'company:great-wall-motor',
  category: 'vehicle-brand',
  what: 'off-road SUV brand',
  launched: {
    value: 2021,
    source:
      'https://www.ansa.it/canale_motori/notizie/industria/2021/08/03/great-wall-inaugura-fabbrica-a-jingmen-per-brand-tank_2c9e9124-5962-4ce9-a1da-1a8c48783b45.html',
    note: 'stand-alone brand from 2021',
  },
  headline: {
    value: 30_000,
    unit: 'units',
    year: 2021,
    source:
      'https://www.ansa.it/canale_motori/notizie/industria/2021/08/03/great-wall-inaugura-fabbrica-a-jingmen-per-brand-tank_2c9e9124-5962-4ce9-a1da-1a8c48783b45.html',
    note: 'Tank 300 units sold in the first half of 2021',
  },
  related: ['company:great-wall-motor', 'city:baoding'],
  sources: [
    'https://www.ansa.it/canale_motori/notizie/industria/2021/08/03/great-wall-inaugura-fabbrica-a-jingmen-per-brand-tank_2c9e9124-5962-4ce9-a1da-1a8c48783b45.html',
  ],
} satisfies Product;
