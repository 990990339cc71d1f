import type { Company } from '../../src/data/schema';

const SEC_2015 = 'https://www.sec.gov/Archives/edgar/data/1106851/000104746915005854/R8.htm';
const SEC_2009 = 'https://www.sec.gov/Archives/edgar/data/1106851/0001047469-09-006610.txt';
const DIGITIMES = 'https://www.digitimes.com/news/a20201106PD212.html';

export default {
  id: 'company:omnivision',
  kind: 'company',
  name: 'OmniVision',
  names: { zh: '豪威科技', zhHant: '豪威科技', pinyin: 'Háowēi Kējì' },
  aliases: ['OmniVision Technologies', 'OMNIVISION', 'OmniVision Technologies Inc.', '豪威'],
  summary:
    'Maker of CMOS image sensors for phones, cars and other cameras, founded in Silicon Valley; it agreed in 2015 to a US$1.9 billion buyout by a Chinese consortium led by Hua Capital and is now counted among China-based sensor vendors, supplying Xiaomi, OPPO and vivo.',
  founded: { value: 1995, source: SEC_2015, note: 'incorporated in California in May 1995' },
  headquarters: 'Santa Clara, California',
  founders: [],
  sectors: ['semiconductors', 'image sensors'],
  listings: [],
  related: ['company:xiaomi', 'company:oppo', 'company:vivo', 'company:sunny-optical'],
  sources: [SEC_2015, SEC_2009, DIGITIMES],
} satisfies Company;
