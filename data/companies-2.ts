import type { Company } from '../src/data/schema';

/**
 * Coverage companies, part 2: carmakers, device makers, portals, AI labs, chip designers, robotics.
 * Every figure and year carries the page it was read from; see `disputed` where sources disagree.
 */
export const companies_2 = [
  {
    id: 'company:li-auto',
    kind: 'company',
    name: 'Li Auto',
    names: { zh: '理想汽车', zhHant: '理想汽車', pinyin: 'Lǐxiǎng Qìchē' },
    // Bare "Li" is a common surname ("Premier Li said"): deliberately not an alias.
    aliases: ['Li Auto Inc.', 'Li Auto Inc', 'Lixiang', 'CHJ Automotive', '理想'],
  },
  {
    id: 'company:geely',
    kind: 'company',
    name: 'Geely',
    names: { zh: '吉利', pinyin: 'Jílì' },
    aliases: [
      'Geely Holding',
      'Geely Holding Group',
      'Zhejiang Geely Holding Group',
      'Geely Auto',
      'Geely Automobile',
      'Geely Automobile Holdings',
      '吉利汽车',
      '吉利控股',
    ],
  },
  {
    id: 'company:haier',
    kind: 'company',
    name: 'Haier',
    names: { zh: '海尔', zhHant: '海爾', pinyin: 'Hǎi\'ěr' },
    aliases: ['Haier Group', 'Haier Smart Home', '海尔集团', '海爾集團'],
  },
  {
    id: 'company:oppo',
    kind: 'company',
    name: 'OPPO',
    names: { zh: '欧珀', zhHant: '歐珀', pinyin: 'Ōupò' },
    // "oppo" is political slang for opposition research.
    aliases: [{ text: 'OPPO', needsContext: 'common-word' }, 'Guangdong Oppo Mobile Telecommunications'],
  },
  {
    id: 'company:vivo',
    kind: 'company',
    name: 'vivo',
    names: { zh: '维沃', zhHant: '維沃', pinyin: 'Wéiwò' },
    // "in vivo" (Latin) and Vivo, the Brazilian telecom operator.
    aliases: [{ text: 'vivo', needsContext: 'common-word' }, 'vivo Mobile', 'Vivo Mobile Communication'],
  },
  {
    id: 'company:honor',
    kind: 'company',
    name: 'Honor',
    names: { zh: '荣耀', zhHant: '榮耀', pinyin: 'Róngyào' },
    aliases: [
      { text: 'Honor', needsContext: 'common-word' },
      { text: 'Honour', needsContext: 'common-word' },
      'Honor Device',
      'Honor Device Co.',
    ],
  },
  {
    id: 'company:foxconn',
    kind: 'company',
    name: 'Foxconn',
    names: { zh: '富士康', pinyin: 'Fùshìkāng' },
    aliases: [
      'Hon Hai',
      'Hon Hai Precision Industry',
      'Hon Hai Technology Group',
      'Foxconn Technology Group',
      '鸿海',
      '鴻海',
      '鸿海精密',
      '鴻海精密',
    ],
  },
  {
    id: 'company:sina',
    kind: 'company',
    name: 'Sina',
    names: { zh: '新浪', pinyin: 'Xīnlàng' },
    // Ibn Sina (Avicenna) is written "Sina" and "SINA".
    aliases: [
      { text: 'Sina', needsContext: 'person-name' },
      'Sina Corp',
      'Sina Corporation',
      'Sina.com',
      'Sinanet.com',
      '新浪网',
      '新浪網',
    ],
  },
  {
    id: 'company:weibo',
    kind: 'company',
    name: 'Weibo',
    names: { zh: '微博', pinyin: 'Wēibó' },
    // "weibo" is also the generic Chinese word for a microblog, and Tencent Weibo was another service.
    aliases: [{ text: 'Weibo', needsContext: 'common-word' }, 'Weibo Corp', 'Weibo Corporation', 'Sina Weibo', '新浪微博'],
  },
  {
    id: 'company:sohu',
    kind: 'company',
    name: 'Sohu',
    names: { zh: '搜狐', pinyin: 'Sōuhú' },
    aliases: ['Sohu.com', 'Sohu.com Limited', 'Sohu.com Inc', 'Sohu Inc'],
  },
  {
    id: 'company:trip-com',
    kind: 'company',
    name: 'Trip.com Group',
    names: { zh: '携程', zhHant: '攜程', pinyin: 'Xiéchéng' },
    aliases: ['Trip.com', 'Ctrip', 'Ctrip.com', 'Ctrip.com International', '携程集团', '攜程集團', '携程旅行网'],
  },
  {
    id: 'company:cainiao',
    kind: 'company',
    name: 'Cainiao',
    names: { zh: '菜鸟', zhHant: '菜鳥', pinyin: 'Càiniǎo' },
    aliases: ['Cainiao Network', 'Cainiao Smart Logistics', 'Cainiao Smart Logistics Network', '菜鸟网络', '菜鳥網絡'],
  },
  {
    id: 'company:ubtech',
    kind: 'company',
    name: 'UBTech',
    names: { zh: '优必选', zhHant: '優必選', pinyin: 'Yōubìxuǎn' },
    aliases: ['UBTech Robotics', 'UBTECH Robotics Corp', 'UB Tech'],
  },
  {
    id: 'company:unitree',
    kind: 'company',
    name: 'Unitree Robotics',
    names: { zh: '宇树科技', zhHant: '宇樹科技', pinyin: 'Yǔshù Kējì' },
    aliases: ['Unitree', '宇树', '宇樹'],
  },
  {
    id: 'company:deepseek',
    kind: 'company',
    name: 'DeepSeek',
    names: { zh: '深度求索', pinyin: 'Shēndù Qiúsuǒ' },
    aliases: ['Deep Seek', 'Hangzhou DeepSeek Artificial Intelligence'],
  },
  {
    id: 'company:zhipu-ai',
    kind: 'company',
    name: 'Zhipu AI',
    names: { zh: '智谱', zhHant: '智譜', pinyin: 'Zhìpǔ' },
    aliases: ['Zhipu', 'Z.ai', 'Beijing Zhipu Huazhang Technology', '智谱AI', '智譜AI', '北京智谱华章科技'],
  },
  {
    id: 'company:moonshot-ai',
    kind: 'company',
    name: 'Moonshot AI',
    names: { zh: '月之暗面', pinyin: 'Yuè zhī Ànmiàn' },
    aliases: [{ text: 'Moonshot', needsContext: 'common-word' }, 'Beijing Moonshot Technology'],
  },
  {
    id: 'company:cambricon',
    kind: 'company',
    name: 'Cambricon',
    names: { zh: '寒武纪', zhHant: '寒武紀', pinyin: 'Hánwǔjì' },
    aliases: ['Cambricon Technologies', 'Cambricon Technologies Corporation', '寒武纪科技'],
  },
  {
    id: 'company:horizon-robotics',
    kind: 'company',
    name: 'Horizon Robotics',
    names: { zh: '地平线', zhHant: '地平線', pinyin: 'Dìpíngxiàn' },
    // Bare "Horizon" is an ordinary word and many other names (Horizon Europe, Verizon's Horizon...).
    aliases: [{ text: 'Horizon', needsContext: 'common-word' }],
  },
  {
    id: 'company:megvii',
    kind: 'company',
    name: 'Megvii',
    names: { zh: '旷视', zhHant: '曠視', pinyin: 'Kuàngshì' },
    aliases: ['Megvii Technology', '旷视科技', '曠視科技'],
  },
  {
    id: 'company:xiaohongshu',
    kind: 'company',
    name: 'Xiaohongshu',
    names: { zh: '小红书', zhHant: '小紅書', pinyin: 'Xiǎohóngshū' },
    aliases: ['RedNote', 'Little Red Book', 'Xiao Hong Shu', 'XHS'],
  },
  {
    id: 'company:shein',
    kind: 'company',
    name: 'Shein',
    names: { zh: '希音', pinyin: 'Xīyīn' },
    aliases: ['SheInside', 'Shein Group'],
  },
  {
    id: 'company:dahua',
    kind: 'company',
    name: 'Dahua Technology',
    names: { zh: '大华股份', zhHant: '大華股份', pinyin: 'Dàhuá Gǔfèn' },
    aliases: ['Dahua', 'Zhejiang Dahua Technology', '大华', '大華', '大华技术'],
  },
  {
    id: 'company:tcl',
    kind: 'company',
    name: 'TCL',
    names: { zh: 'TCL科技', pinyin: 'TCL Kējì' },
    // "Tcl" is the Tool Command Language: only the all-caps form is the company.
    aliases: [
      { text: 'TCL', exactCase: true },
      'TCL Technology',
      'TCL Corporation',
      'TCL Group',
      'TCL Electronics',
      'TCL集团',
    ],
  },
  {
    id: 'company:boe',
    kind: 'company',
    name: 'BOE Technology',
    names: { zh: '京东方', zhHant: '京東方', pinyin: 'Jīngdōngfāng' },
    // "BoE" is the Bank of England; all-caps "BOE" still needs context.
    aliases: [
      { text: 'BOE', exactCase: true, needsContext: 'other-entity' },
      'BOE Technology Group',
      'Beijing Oriental Electronics',
      '京东方科技',
      '京東方科技',
    ],
  },
] satisfies readonly Company[];
