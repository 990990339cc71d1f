import type { Company } from '../../src/data/schema';

export default {
  id: 'company:megvii',
  kind: 'company',
  name: 'Megvii',
  names: { zh: '旷视', zhHant: '曠視', pinyin: 'Kuàngshì' },
  aliases: ['Megvii Technology', '旷视科技', '曠視科技'],
  summary:
    "Beijing computer-vision company behind the Face++ face-recognition platform, one of China's 'AI dragons'; on the US Entity List since 2019 and still unlisted after Hong Kong and STAR Market attempts.",
  founded: { value: 2011, source: 'https://www.pressreader.com/china/global-times-weekend/20170812/281509341286559', note: 'by three Tsinghua graduates, per the Global Times' },
  headquarters: 'city:beijing',
  founders: ['Yin Qi', 'Tang Wenbin', 'Yang Mu'],
  sectors: ['computer vision', 'artificial intelligence', 'surveillance'],
  listings: [],
  employees: { value: 2349, unit: 'employees', year: 2019, source: 'https://friendlywiki.com/article/index.php?title=Megvii' },
  related: ['company:sensetime', 'company:alibaba', 'company:ant-group', 'company:hikvision', 'city:beijing'],
  sources: [
    'https://qntz.me/post/5d3a71d96193f9e12d632dbf87531e61.html',
    'https://friendlywiki.com/article/index.php?title=Megvii',
    'https://fiorreports.com/index.php/2021/01/12/chinese-face-recognition-unicorn-megvii-prepares-for-ipo-in-china-techcrunch/',
    'https://www.pressreader.com/china/global-times-weekend/20170812/281509341286559',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2011, source: 'https://www.pressreader.com/china/global-times-weekend/20170812/281509341286559' },
        { value: 2012, source: 'https://docslib.org/doc/2135030/megvii-technology-limited' },
      ],
      note: 'The founders began the company as Tsinghua students; sources differ on the year it was set up.',
    },
  ],
} satisfies Company;
