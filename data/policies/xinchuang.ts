import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:xinchuang',
  kind: 'policy',
  name: 'Xinchuang',
  names: { zh: '信创', zhHant: '信創', pinyin: 'xìnchuàng' },
  aliases: [
    'IT Application Innovation',
    'information technology application innovation',
    'Xinchuang initiative',
    'Xinchuang plan',
    'IT application innovation plan',
    '信息技术应用创新',
  ],
  summary:
    '"IT application innovation", the programme to replace foreign chips, operating systems, databases and software with Chinese ones in government, the military and state firms. A working committee formed in 2016 vets suppliers, and state-owned enterprises were told to complete the switch by 2027.',
  year: {
    value: 2016,
    source: 'https://www.straitstimes.com/asia/east-asia/china-presses-on-with-moves-to-replace-foreign-technology',
    note: 'IT Application Innovation Working Committee formed in 2016',
  },
  issuer: 'Central government, with the IT Application Innovation Working Committee and SASAC',
  goals: [
    'Replace foreign processors, operating systems and databases in government and state-sector IT.',
    'Certify lists of "safe and reliable" domestic suppliers.',
    'Have state-owned enterprises complete the switch to domestic IT by 2027.',
  ],
  related: ['policy:indigenous-innovation', 'company:huawei', 'company:loongson'],
  sources: [
    'https://www.straitstimes.com/asia/east-asia/china-presses-on-with-moves-to-replace-foreign-technology',
    'https://nzherald.co.nz/business/companies/banking-finance/china-blocks-use-of-microsoft-windows-intel-and-amd-chips-in-government-computers/7NNQJBXVKNCFLLQM4IUUG7N6G4',
  ],
} satisfies Policy;
