import type { Publisher } from '../src/data/schema';

/**
 * Who published each source (see Publisher in src/data/schema.ts): one line per publisher, sorted by id.
 * A source's host must be one of these domains or a subdomain of one. Only the original publisher of a
 * page belongs here: a site that republishes others' pages (a Wikipedia mirror, a scraped news copy) never
 * does; cite the original instead.
 */
export const publishers = [
  { id: 'ap-news', name: 'Associated Press', kind: 'news', domains: ['apnews.com'] },
  { id: 'bbc', name: 'BBC', kind: 'news', domains: ['bbc.com', 'bbc.co.uk'] },
  { id: 'beijing-government', name: 'Beijing Municipal Government', kind: 'official', domains: ['beijing.gov.cn'] },
  { id: 'bis', name: 'US Bureau of Industry and Security', kind: 'regulator', domains: ['bis.gov', 'bis.doc.gov'] },
  { id: 'bloomberg', name: 'Bloomberg', kind: 'news', domains: ['bloomberg.com'] },
  { id: 'cac', name: 'Cyberspace Administration of China', kind: 'regulator', domains: ['cac.gov.cn'] },
  { id: 'caixin', name: 'Caixin', kind: 'news', domains: ['caixinglobal.com', 'caixin.com'] },
  { id: 'cgtn', name: 'CGTN', kind: 'news', domains: ['cgtn.com'] },
  { id: 'china-daily', name: 'China Daily', kind: 'news', domains: ['chinadaily.com.cn', 'chinadailyhk.com', 'chinadailyasia.com'] },
  { id: 'china-org', name: 'China.org.cn (China Internet Information Center)', kind: 'news', domains: ['china.org.cn'] },
  { id: 'cnbc', name: 'CNBC', kind: 'news', domains: ['cnbc.com'] },
  { id: 'cnevpost', name: 'CnEVPost', kind: 'news', domains: ['cnevpost.com'] },
  { id: 'digichina', name: 'DigiChina (Stanford University)', kind: 'research', domains: ['digichina.stanford.edu'] },
  { id: 'economist', name: 'The Economist', kind: 'news', domains: ['economist.com'] },
  { id: 'federal-register', name: 'US Federal Register', kind: 'official', domains: ['federalregister.gov'] },
  { id: 'ft', name: 'Financial Times', kind: 'news', domains: ['ft.com'] },
  { id: 'global-times', name: 'Global Times', kind: 'news', domains: ['globaltimes.cn'] },
  { id: 'guardian', name: 'The Guardian', kind: 'news', domains: ['theguardian.com'] },
  { id: 'hkex', name: 'Hong Kong Exchanges and Clearing', kind: 'exchange', domains: ['hkex.com.hk', 'hkexnews.hk'] },
  { id: 'huawei', name: 'Huawei', kind: 'company', domains: ['huawei.com'] },
  { id: 'mofcom', name: 'Ministry of Commerce of China', kind: 'official', domains: ['mofcom.gov.cn'] },
  { id: 'nbs', name: 'National Bureau of Statistics of China', kind: 'official', domains: ['stats.gov.cn'] },
  { id: 'ndrc', name: 'National Development and Reform Commission', kind: 'official', domains: ['ndrc.gov.cn'] },
  { id: 'nikkei-asia', name: 'Nikkei Asia', kind: 'news', domains: ['asia.nikkei.com'] },
  { id: 'npc', name: 'National People\'s Congress', kind: 'official', domains: ['npc.gov.cn'] },
  { id: 'npc-observer', name: 'NPC Observer', kind: 'research', domains: ['npcobserver.com'] },
  { id: 'nyt', name: 'The New York Times', kind: 'news', domains: ['nytimes.com'] },
  { id: 'people-daily', name: 'People\'s Daily', kind: 'news', domains: ['people.cn', 'people.com.cn'] },
  { id: 'reuters', name: 'Reuters', kind: 'news', domains: ['reuters.com'] },
  { id: 'scmp', name: 'South China Morning Post', kind: 'news', domains: ['scmp.com'] },
  { id: 'sec', name: 'US Securities and Exchange Commission', kind: 'regulator', domains: ['sec.gov'] },
  { id: 'shanghai-daily', name: 'Shanghai Daily', kind: 'news', domains: ['shine.cn'] },
  { id: 'sixth-tone', name: 'Sixth Tone', kind: 'news', domains: ['sixthtone.com'] },
  { id: 'sse', name: 'Shanghai Stock Exchange', kind: 'exchange', domains: ['sse.com.cn'] },
  { id: 'state-council', name: 'State Council of the People\'s Republic of China', kind: 'official', domains: ['www.gov.cn'] },
  { id: 'szse', name: 'Shenzhen Stock Exchange', kind: 'exchange', domains: ['szse.cn'] },
  { id: 'techcrunch', name: 'TechCrunch', kind: 'news', domains: ['techcrunch.com'] },
  { id: 'technode', name: 'TechNode', kind: 'news', domains: ['technode.com'] },
  { id: 'the-verge', name: 'The Verge', kind: 'news', domains: ['theverge.com'] },
  { id: 'time', name: 'Time', kind: 'news', domains: ['time.com'] },
  { id: 'wikipedia', name: 'Wikipedia', kind: 'reference', domains: ['en.wikipedia.org', 'zh.wikipedia.org'] },
  { id: 'wsj', name: 'The Wall Street Journal', kind: 'news', domains: ['wsj.com'] },
  { id: 'xinhua', name: 'Xinhua News Agency', kind: 'news', domains: ['news.cn', 'xinhuanet.com'] },
  { id: 'yicai-global', name: 'Yicai Global', kind: 'news', domains: ['yicaiglobal.com'] },
] as const satisfies readonly Publisher[];
