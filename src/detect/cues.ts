// biome-ignore-all format: word lists stay packed by theme; one word per line would hide the groups
/**
 * Word lists the context rules consult. Kept apart from the rules so the language knowledge can be
 * reviewed on its own. All are matched case-insensitively at word boundaries unless noted.
 */

const words = (list: readonly string[], flags = 'i'): RegExp => new RegExp(`\\b(?:${list.join('|')})\\b`, flags);

/** Signs that a passage is about companies and technology (for brand names that are also words). */
export const BUSINESS_CUE = words([
  'smartphones?', 'phones?', 'handsets?', 'brands?', 'compan(?:y|ies)', 'firms?', '(?:car|chip|phone|panel)?makers?',
  'manufacturers?', 'start-?ups?', 'tech', 'technology', 'electronics', 'shares', 'stocks?', 'IPOs?', 'listed', 'listings?',
  'Inc', 'Ltd', 'Corp', 'Holdings?', 'CEO', 'chief executive', 'founders?', 'apps?', 'platforms?', 'e-?commerce',
  'ride-?hailing', 'fintech', 'payments?', 'Alipay', 'revenues?', 'profits?', 'deliveries', 'vehicles?', 'EVs?', 'chips?',
  'AI', 'investors?', 'launch(?:ed|es)?', 'unveil(?:ed|s)?', 'laptops?', 'TVs?', 'televisions?', 'panels?', 'displays?',
  'LCD', 'OLED', 'AMOLED', 'sub-?brand', 'antitrust', 'regulators?', 'valuation', 'drivers', 'users',
  'robotics', 'robots?', 'biotech', 'automation', 'artificial intelligence', 'semiconductors?', 'industr(?:y|ies|ial)',
  'manufacturing', 'enterprises?', 'SMEs?', 'software', 'internet', 'online', 'digital', 'logistics', 'parcels?',
  'retail(?:er)?s?', 'shopping', 'consumers?', 'customers?', 'sales', 'market share', 'shipments?', 'models?',
  'services?', 'went public', 'controls?', 'stakes?', 'subsidiar(?:y|ies)', 'parent', 'acquired', 'acquisitions?', 'mergers?',
  'quarter(?:ly)?', 'factor(?:y|ies)', 'robotaxis?', 'self-driving', 'autonomous driving', 'orders', 'accounts', 'screens?', 'iPhones?', 'microblog\\w*', 'social media', 'search engine', 'portal', 'deliver(?:y|ies)', 'fleet', 'couriers?', 'warehouses?',
]);

/** Signs that a passage is about China (for policy names other countries share). */
export const CHINA_CUE = words([
  'China', "China[\\u2019']s", 'Chinese', 'Beijing', 'CPC', 'CCP', 'Communist Party', 'State Council', 'Xi Jinping', 'Xi',
  'NDRC', 'PRC', 'mainland', 'yuan', 'RMB', 'Premier Li', 'Li Keqiang', 'Politburo', 'National People[\\u2019\']s Congress',
  // China's provinces and regions: a passage's geography
  'Guangdong', 'Zhejiang', 'Jiangsu', 'Fujian', 'Shandong', 'Sichuan', 'Hubei', 'Hunan', 'Henan', 'Hebei', 'Anhui', 'Jiangxi',
  'Shaanxi', 'Shanxi', 'Liaoning', 'Jilin', 'Heilongjiang', 'Yunnan', 'Guizhou', 'Guangxi', 'Hainan', 'Gansu', 'Qinghai',
  'Ningxia', 'Xinjiang', 'Tibet', 'Inner Mongolia', 'Pearl River', 'Yangtze',
]);

/** Other countries (and their capitals, people, institutions) whose plans, laws, zones and visas share names with China's. */
export const FOREIGN_CUE = words([
  'India', 'Indian', 'Nehru', 'Janta', 'Lok Sabha', '(?<!State )Planning Commission', 'Pakistan\\w*', 'Soviet', 'USSR',
  'Stalin', 'Russia\\w*', 'Malaysia\\w*', 'Vietnam\\w*', 'North Korea\\w*', 'Bangladesh\\w*', 'Nepal\\w*', 'Sri Lanka\\w*',
  'Indonesia\\w*', 'Philippine\\w*', 'Thai(?:land)?', 'Cambodia\\w*', 'Myanmar', 'Poland', 'Polish', 'Warsaw', 'Britain',
  'British', 'UK', 'London', 'Ireland', 'Irish', 'France', 'French', 'Paris', 'Germany', 'German', 'Berlin', 'Netherlands',
  'Dutch', 'Amsterdam', 'Belgium', 'Brussels', 'Italy', 'Italian', 'Spain', 'Spanish', 'Portugal', 'Ukrain\\w*', 'Turk\\w*',
  'Egypt\\w*', 'Kenya\\w*', 'Nigeria\\w*', 'Ethiopia\\w*', 'South Africa\\w*', 'Brazil\\w*', 'Mexic\\w*', 'Argentin\\w*',
  'Chile\\w*', 'Canada', 'Canadian', 'Australia\\w*', 'Japan\\w*', 'Tokyo', 'South Korea\\w*', 'Seoul', 'Singapore\\w*',
  'Dubai', 'Emirat\\w*', 'Saudi\\w*', 'Iran\\w*', 'Israel\\w*', 'Washington', 'Americans?', 'United States', 'EU',
  'European Union', 'Marx\\w*', 'Kazakh\\w*', 'Uzbek\\w*', 'Kyrgyz\\w*', 'Tajik\\w*', 'Turkmen\\w*', 'Mongolia\\w*',
  'Laos', 'Lao', 'Iraq\\w*', 'Syria\\w*', 'Jordan\\w*', 'Lebanon', 'Lebanese', 'Qatar\\w*', 'Oman\\w*', 'Kuwait\\w*',
  'Bahrain\\w*', 'Morocc\\w*', 'Algeria\\w*', 'Tunisia\\w*', 'Ghana\\w*', 'Tanzania\\w*', 'Uganda\\w*', 'Rwanda\\w*',
  'Zambia\\w*', 'Zimbabwe\\w*', 'Angola\\w*', 'Mozambique', 'Senegal\\w*', 'Sudan\\w*', 'Peru\\w*', 'Colombia\\w*',
  'Venezuela\\w*', 'Ecuador\\w*', 'Bolivia\\w*', 'Cuba\\w*', 'Sweden', 'Swedish', 'Norw\\w*', 'Denmark', 'Danish',
  'Finland', 'Finnish', 'Austria\\w*', 'Switzerland', 'Swiss', 'Greece', 'Greek', 'Hungar\\w*', 'Czech\\w*', 'Romania\\w*',
  'Bulgaria\\w*', 'Serbia\\w*', 'Georgia(?!\\s+(?:Tech|State))\\w*', 'Armenia\\w*', 'Azerbaijan\\w*', 'Belarus\\w*',
  'New Zealand', 'Afghan\\w*', 'Fiji\\w*',
]);

/** States and local government of the United States, where a town may share a Chinese city's old name ("Canton, Ohio"). */
const US_PLACE = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Mass\\.',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin',
  'Wyoming', 'San Francisco', 'Silicon Valley', 'Palo Alto', 'Oakland', 'San Jose', 'County', 'Township', 'Borough',
  'NFL', 'Hall of Fame', 'high school', 'police', 'sheriff', 'school district', 'town of', 'village of', 'city council',
  'selectmen', 'zip code', 'township',
];

/**
 * Signs that a place name means a place outside China: another country, or the United States' states,
 * counties and towns. A name China shares with them (Canton, Bay Area, Binhai) needs China nearby instead.
 */
export const ELSEWHERE_CUE = new RegExp(`${FOREIGN_CUE.source}|\\b(?:${US_PLACE.join('|')})\\b`, 'i');

/** A product's model code ("V3", "X200", "60", "14T"); unanchored, for building patterns. */
export const MODEL_CODE_SOURCE = '[A-Z]{0,3}\\d{1,4}[A-Za-z]{0,4}';

/** Regions a company sells into, beyond the countries of FOREIGN_CUE ("Push Into Europe", "Takes Magic 8 Pro Overseas"). */
export const MARKET_CUE = words([
  'Europe', 'Asia', 'Southeast Asia', 'Africa', 'Latin America', 'North America', 'Middle East', 'Gulf', 'overseas',
  'abroad', 'global(?:ly)?', 'international(?:ly)?', 'emerging markets', 'foreign markets',
]);

/** Words of public policy and regional development: enough to trust "GBA", "FYP" or "MIC 2025" in a passage. */
export const POLICY_TOPIC_CUE = words([
  'plans?', 'polic(?:y|ies)', 'targets?', 'officials?', 'government', 'regions?', 'regional', 'markets?', 'factories',
  'sectors?', 'industr(?:y|ies|ial)', 'econom(?:y|ic|ies)', 'development', 'reforms?', 'ministr(?:y|ies)', 'state', 'national',
  'provinc(?:e|es|ial)', 'cities', 'suppliers?', 'investment', 'laws?', 'regulat\\w+', 'infrastructure', 'developers?',
  'emissions', 'binding', 'strategy', 'initiative', 'manufactur\\w+', 'exports?', 'integration', 'residents', 'population',
]);

/** Industrial-policy words: for policy slogans made of plain words ("little giants"). */
export const INDUSTRY_CUE = words([
  'robotics', 'biotech', 'automation', 'artificial intelligence', 'AI', 'semiconductors?', 'chips?', 'advanced materials',
  'SMEs?', 'manufactur\\w+', 'niche', 'specialis\\w+', 'specializ\\w+', 'industrial', 'subsid(?:y|ies|ised|ized)', 'ministry',
]);

/** Chinese business vocabulary, for Chinese-script names that are also ordinary words (小米 millet, 吉利 lucky). */
export const CJK_BUSINESS_CUE =
  /公司|集团|集團|科技|股份|手机|手機|汽车|汽車|芯片|上市|股价|股價|品牌|创始人|創始人|电商|電商|平台|融资|融資|营收|營收|发布|發布|推出|智能|电动|電動|新能源|市值|财报|財報|用户|用戶|产品|產品|企业|企業|投资|投資|物流|算法|模型|机器人|機器人/;

/** Chinese company words that continue a name: 小米集团, 吉利汽车. */
export const CJK_NAME_TAIL = /^(?:集团|集團|科技|公司|汽车|汽車|手机|手機|网络|網絡|股份|智能|控股)/;

/**
 * Look-alikes: another thing sharing an alias, with the words that give it away in a passage.
 * Keyed by the alias's lookup key.
 */
export const LOOKALIKE_CUES: ReadonlyMap<string, RegExp> = new Map([
  // Bank of England
  ['boe', words(['Bank of England', 'interest rates?', 'rates', 'inflation', 'monetary', 'sterling', 'pounds?', 'MPC', 'Bailey', 'Threadneedle', 'gilts?'])],
  // Tool Command Language
  ['tcl', words(['Tk', 'scripts?', 'scripting', 'languages?', 'interpreter', 'programming', 'syntax', 'Ousterhout'])],
  // JD Sports Fashion
  // and the law degree, and people called JD
  ['jd', words(['Sports', 'Fashion', 'Plc', 'LON', 'sportswear', 'trainers', 'footwear', 'FTSE', 'UK', 'British', 'law school', 'degree', 'juris', 'attorney', 'lawyer', 'Vance', 'Size', 'Footpatrol', 'Finish Line', 'Cowgill', 'Bury', 'high street'])],
  // Kirin the Japanese brewer and its beer (not Huawei's chips)
  ['kirin', words(['beers?', 'brewery', 'brewer(?:s|ies)?', 'lager', 'Ichiban', 'Holdings', 'pints?', 'bottles?', 'sake', 'drinks?', 'Japanese brewer'])],
  // the beer
  ['tsingtao', words(['beers?', 'brewery', 'brewer', 'lager', 'pint', 'bottles?'])],
  // Canton in Ohio, Mississippi, Switzerland
  ['canton', words(['Ohio', 'Mississippi', 'Massachusetts', 'Michigan', 'Georgia', 'Swiss', 'Switzerland', 'cantons'])],
  // the wall itself
  ['great wall', words(['tourists?', 'Ming', 'dynast(?:y|ies)', 'hik(?:e|ed|ing)', 'Badaling', 'Mutianyu', 'fortifications?', 'visit(?:ed|ing|ors?)?', 'climb(?:ed|ing)?', 'walk(?:ed|ing)? (?:on|along)', 'UNESCO', 'World Heritage', 'watchtowers?', 'ancient', 'Jinshanling', 'Simatai', 'Juyongguan', 'Shanhaiguan', 'emperors?', 'invaders?', 'sightseeing', 'landmarks?', 'wonders?'])],
  // the ancient capital
  ['changan', words(['Tang', 'Han', 'dynast(?:y|ies)', 'ancient', 'emperors?', 'Silk Road'])],
  // Vivo, the Brazilian mobile operator
  ['vivo', words(['Telef[oó]nica', 'telecom(?:munications)?', 'operator', 'carrier', 'Brazil', 'Brazilian', 'Portugal Telecom'])],
  // Apache Ant, the Java build tool; people called Ant (a presenter, a footballer)
  ['ant', words(['Apache', 'Maven', 'Gradle', 'XML', 'build\\.xml', 'Makefile', 'Java', 'build tool', 'Dec', 'McPartlin', 'presenters?', 'ITV', 'Takeaway', 'footballer', 'striker', 'midfielder', 'defender', 'goalkeeper'])],
  // Horizon Europe / Horizon 2020, the EU research programme
  ['horizon', words(['Europe', 'European', 'EU', 'research programme', 'Commission', 'grants?'])],
  // The folk tale, also written as one word
  ['alibaba', words(['Forty Thieves', 'woodcutter', 'Arabian Nights', 'Thousand and One Nights', 'folk ?tales?', 'Cassim', 'Morgiana', 'Open Sesame'])],
  // the qilin of myth (and the beer it names), not CATL's battery
  ['qilin', words(['myth\\w*', 'mythical', 'legend\\w*', 'creatures?', 'beasts?', 'unicorns?', 'Kirin', 'dragons?', 'folklore'])],
  // The folk tale
  ['ali baba', words(['Thieves', 'Sesame', 'woodcutter', 'Arabian Nights', 'tales?', 'Cassim', 'Morgiana', 'cave'])],
  // Ibn Sina / Avicenna
  ['sina', words(['Ibn', 'Avicenna', 'physicians?', 'Bukhara', 'Persia', 'philosopher'])],
  // Opposition research
  ['oppo', words(['opposition', 'campaigns?', 'candidates?', 'elections?'])],
  // the animal
  ['kaola', words(['koalas?', 'marsupials?', 'eucalyptus'])],
  // Game Boy Advance
  ['gba', words(['Game Boy', 'Nintendo', 'games?', 'gaming', 'emulators?', 'cartridges?'])],
  // product requirements document
  ['prd', words(['product requirements?', 'product managers?', 'specs?', 'specification', 'requirements document'])],
  // multilayer perceptron, My Little Pony
  ['mlp', words(['neural', 'perceptrons?', 'layers?', 'hidden', 'activation', 'Little Pony', 'training', 'ponies'])],
  // digital subscriber line, domain-specific language
  ['dsl', words(['broadband', 'modems?', 'ADSL', 'VDSL', 'copper', 'languages?', 'syntax', 'Groovy', 'Kotlin', 'DSLs'])],
  // Australian biotech CSL Limited, and others
  ['csl', words(['Behring', 'plasma', 'vaccines?', 'Seqirus', 'ASX', 'Australia\\w*'])],
]);

/** Words that continue a company's own name rather than start another thing's ("Horizon Robotics", "BOE Display"). */
export const COMPANY_NAME_TAIL = words([
  'Group', 'Inc', 'Incorporated', 'Ltd', 'Limited', 'Corp', 'Corporation', 'Co', 'Company', 'Holdings?', 'Technology',
  'Technologies', 'Tech', 'Robotics', 'Global', 'Chuxing', 'Auto', 'Financial', 'Mobile', 'Display', 'Electronics',
  'International', 'Motors?', 'Magic', 'Pay', 'Cloud', 'Phone', 'Smartphones?', 'Labs?', 'AI', 'Intelligence',
], '');

/**
 * Words after a city's or zone's name that make it part of another thing's name: a university, an
 * exchange, a river, a hotel ("Suzhou Creek", "Peking University", "Shenzhen Stock Exchange"). The place
 * inside stays unmarked, so such names are treated alike wherever they appear.
 */
export const PLACE_IN_NAME_TAIL = words([
  'University', 'College', 'Institute', 'Academy', 'Polytechnic', 'Normal', 'Stock Exchange', 'Exchange', 'River', 'Creek',
  'Lake', 'Bay', 'Canal', 'Airport', '(?:Railway |South |North |West |East )?Station', 'Hotel', 'Road', 'Street', 'Avenue',
  'Bridge', 'Tower', 'Zoo', 'Museum', 'Hospital', 'Cooperation Organi[sz]ation', 'Metro', 'Harbou?r', 'Daily', 'Evening News',
  'Symphony', 'Opera', 'Marathon', 'Bank', 'Consensus', 'Olympics', 'Games', 'Duck', 'Cuisine',
], '');
/** The same after a Chinese-script place name: 苏州河, 北京路, 北京大学, 深圳证券交易所. */
export const CJK_PLACE_IN_NAME_TAIL = /^(?:河|路|街|大学|大學|站|机场|機場|证券交易所|證券交易所|医院|醫院|酒店|银行|銀行)/;

/** Legal forms that end a company's registered name: after a brand they make another company's name. */
export const CORPORATE_FORM = words([
  'Group', 'Inc', 'Incorporated', 'Ltd', 'Limited', 'Corp', 'Corporation', 'Co', 'Company', 'Holdings?',
], '');

/** A country just before a name, possessive or as a modifier ("India's Five-Year Plans", "Vietnamese special zones"). */
export const FOREIGN_BEFORE = new RegExp(`${FOREIGN_CUE.source}(?:['\u2019]s)?\\s+(?:[\\w-]+\\s+)?$`, 'i');

/** Capitalised words that do not make the next word part of a name: days, months, demonyms, sentence adverbs. */
export const NOT_A_NAME_PART = words([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Chinese', 'American', 'European',
  'Rival', 'Both', 'While', 'When', 'After', 'Before', 'And', 'But', 'Then', 'Now', 'Meanwhile', 'The', 'A', 'An', 'As',
  'At', 'By', 'For', 'From', 'In', 'On', 'Of', 'To', 'With', 'Like', 'Including', 'Unlike', 'Since', 'Why', 'How',
  'That', 'This', 'Its', 'Their', 'Our', 'If', 'Only', 'Also', 'Each', 'Every', 'Some', 'Many', 'Most', 'All', 'Any', 'No',
  'Several', 'Such', 'These', 'Those', 'Under', 'Over', 'Across', 'Into', 'Per', 'Via', 'Within', 'Without', 'Through',
  'Between', 'Among', 'Amid', 'Despite', 'Whether', 'Where', 'What', 'Which', 'Who', 'Whose', 'His', 'Her', 'My', 'Your',
  'Yet', 'So', 'Or', 'Nor', 'Although', 'Though', 'Because', 'Once', 'Until', 'Even', 'Later', 'Earlier', 'Today',
  'Yesterday', 'Tomorrow', 'Last', 'Next', 'New', 'Former', 'Local', 'State', 'Foreign', 'Global', 'Domestic',
  // Ordinals number a plan or a congress ("the Twelfth Five-Year Plan"), they do not name another thing.
  'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth',
  'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth',
  '\\d{1,2}(?:st|nd|rd|th)',
], '');

/** Titles before a surname: the word after them is a person ("Premier Li", "Mr Li"). */
export const PERSONAL_TITLE = /\b(?:Premier|President|Chairman|Chairwoman|Minister|Mr|Mrs|Ms|Dr|Prof|Professor|Sen|Senator|Judge|General|Secretary|Vice|Governor|Mayor|Coach|Director|Uncle|Aunt|Mister|Madam|Sir|Lady|Lord)\.?\s+$/;

/** Talk about a word itself ("the word Weibo simply means"). */
export const METALINGUISTIC = /\b(?:the|a)\s+(?:word|term|expression|noun|verb)s?\s+["\u201c\u2018']?$/i;
