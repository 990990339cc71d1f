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
]);

/** Signs that a passage is about China (for policy names other countries share). */
export const CHINA_CUE = words([
  'China', "China[\\u2019']s", 'Chinese', 'Beijing', 'CPC', 'CCP', 'Communist Party', 'State Council', 'Xi Jinping', 'Xi',
  'NDRC', 'PRC', 'mainland', 'yuan', 'RMB', 'Premier Li', 'Li Keqiang', 'Politburo', 'National People[\\u2019\']s Congress',
]);

/** Other countries whose plans, laws and zones share names with China's. */
export const FOREIGN_CUE = words([
  'India', 'Indian', "India[\\u2019']s", 'Nehru', 'Janta', 'Pakistan', 'Soviet', 'USSR', 'Stalin', 'Malaysia', 'Vietnam',
  'Vietnamese', 'North Korea', 'Bangladesh', 'Nepal', 'Sri Lanka', 'Indonesia', 'Lok Sabha',
]);

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
  ['jd', words(['Sports', 'Fashion', 'Plc', 'LON', 'sportswear', 'trainers', 'footwear', 'FTSE', 'UK', 'British', 'law school', 'degree', 'juris', 'attorney', 'lawyer', 'Vance'])],
  // the beer
  ['tsingtao', words(['beers?', 'brewery', 'brewer', 'lager', 'pint', 'bottles?'])],
  // Canton in Ohio, Mississippi, Switzerland
  ['canton', words(['Ohio', 'Mississippi', 'Massachusetts', 'Michigan', 'Georgia', 'Swiss', 'Switzerland', 'cantons'])],
  // the wall itself
  ['great wall', words(['tourists?', 'Ming', 'dynast(?:y|ies)', 'hik(?:e|ing)', 'Badaling', 'Mutianyu', 'fortifications?'])],
  // the ancient capital
  ['changan', words(['Tang', 'Han', 'dynast(?:y|ies)', 'ancient', 'emperors?', 'Silk Road'])],
  // Vivo, the Brazilian mobile operator
  ['vivo', words(['Telef[oó]nica', 'telecom(?:munications)?', 'operator', 'carrier', 'Brazil', 'Brazilian', 'Portugal Telecom'])],
  // Apache Ant, the Java build tool
  ['ant', words(['Apache', 'Maven', 'Gradle', 'XML', 'build\\.xml', 'Makefile', 'Java', 'build tool'])],
  // Horizon Europe / Horizon 2020, the EU research programme
  ['horizon', words(['Europe', 'European', 'EU', 'research programme', 'Commission', 'grants?'])],
  // The folk tale
  ['ali baba', words(['Thieves', 'Sesame', 'woodcutter', 'Arabian Nights', 'tales?', 'Cassim', 'Morgiana', 'cave'])],
  // Ibn Sina / Avicenna
  ['sina', words(['Ibn', 'Avicenna', 'physicians?', 'Bukhara', 'Persia', 'philosopher'])],
  // Opposition research
  ['oppo', words(['opposition', 'campaigns?', 'candidates?', 'elections?'])],
  // the animal
  ['kaola', words(['koalas?', 'marsupials?', 'eucalyptus'])],
]);

/** Words that continue a company's own name rather than start another thing's ("Horizon Robotics", "BOE Display"). */
export const COMPANY_NAME_TAIL = words([
  'Group', 'Inc', 'Incorporated', 'Ltd', 'Limited', 'Corp', 'Corporation', 'Co', 'Company', 'Holdings?', 'Technology',
  'Technologies', 'Tech', 'Robotics', 'Global', 'Chuxing', 'Auto', 'Financial', 'Mobile', 'Display', 'Electronics',
  'International', 'Motors?', 'Magic', 'Pay', 'Cloud', 'Phone', 'Smartphones?', 'Labs?', 'AI', 'Intelligence',
], '');

/** Capitalised words that do not make the next word part of a name: days, months, demonyms, sentence adverbs. */
export const NOT_A_NAME_PART = words([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Chinese', 'American', 'European',
  'Rival', 'Both', 'While', 'When', 'After', 'Before', 'And', 'But', 'Then', 'Now', 'Meanwhile', 'The', 'A', 'An', 'As',
  'At', 'By', 'For', 'From', 'In', 'On', 'Of', 'To', 'With', 'Like', 'Including', 'Unlike', 'Since', 'Why', 'How',
  'That', 'This', 'Its', 'Their', 'Our', 'If', 'Only', 'Also',
], '');

/** Titles before a surname: the word after them is a person ("Premier Li", "Mr Li"). */
export const PERSONAL_TITLE = /\b(?:Premier|President|Chairman|Chairwoman|Minister|Mr|Mrs|Ms|Dr|Prof|Professor|Sen|Senator|Judge|General|Secretary|Vice|Governor|Mayor|Coach|Director|Uncle|Aunt|Mister|Madam|Sir|Lady|Lord)\.?\s+$/;

/** Talk about a word itself ("the word Weibo simply means"). */
export const METALINGUISTIC = /\b(?:the|a)\s+(?:word|term|expression|noun|verb)s?\s+["\u201c\u2018']?$/i;
