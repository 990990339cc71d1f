// biome-ignore-all format: word lists stay packed by theme; one word per line would hide the groups
/**
 * Company news as headlines write it: a brand, a verb of business ("Brings", "Push", "Ships"), then a
 * product ("Magic V3", "Tank 500") or, after a selling verb, a market ("Into Europe"). Plain words rarely take both a verb
 * of this kind and such an object, so the pattern vouches for a brand that is also a word.
 */
import { FOREIGN_CUE, MARKET_CUE, MODEL_CODE_SOURCE } from './cues';
import { wordAfter } from './text-window';

/** Verbs of company news, bare (a joint subject takes the bare form: "Vivo and Oppo Push"). */
const REGULAR = [
  'bring', 'push', 'launch', 'unveil', 'debut', 'release', 'ship', 'roll', 'expand', 'enter', 'return', 'move', 'head',
  'introduce', 'tease', 'reveal', 'announce', 'offer', 'slash', 'raise', 'overtake', 'pass', 'gain', 'grab', 'post',
  'report', 'target', 'court', 'challenge', 'acquire', 'invest', 'partner', 'team', 'join', 'list', 'hire', 'build',
  'exit', 'recall', 'halt', 'pause', 'resume', 'trim', 'sign', 'add', 'drop', 'double', 'open', 'start', 'sell', 'take',
  'win', 'lose', 'lead', 'beat', 'top', 'cut', 'quit', 'leave', 'make', 'begin', 'buy', 'bet', 'eye', 'plan', 'seek',
];
/** Forms the suffix rules below do not make. */
const IRREGULAR = [
  'brought', 'sold', 'took', 'taken', 'won', 'lost', 'led', 'made', 'began', 'bought', 'left', 'sought', 'planned',
  'topped', 'dropped', 'shipped', 'cutting', 'winning', 'planning', 'shipping', 'topping', 'dropping',
];

const FORMS: ReadonlySet<string> = new Set([
  ...IRREGULAR,
  ...REGULAR.flatMap((v) => {
    const stem = v.endsWith('e') ? v.slice(0, -1) : v;
    const s = /(?:sh|ch|ss|x)$/.test(v) ? `${v}es` : `${v}s`;
    return [v, s, `${stem}ed`, `${stem}ing`];
  }),
]);

/** A capitalised or lower-case verb of company news, in any form ("Push", "Brings", "shipped"). */
export const isNewsVerb = (word: string): boolean => FORMS.has(word.toLowerCase());

/**
 * Verbs that put goods on a market. Motion verbs do not: "Honor Returns to Europe" may be a regiment's
 * colours, "Legend Returns to Europe" a band; "Expands Into Europe", "Ships to India" are trade.
 */
const SELLING = /^(?:expand|ship|sell|sold|debut|launch|releas|roll)/i;

/** "Magic V3", "Mate 60 Pro", "Tank 500", "X200": one or two capitalised words and a code, or a code with letters. */
const PRODUCT = new RegExp(`^(?:(?:the|its|their|a|new)\\s+)?(?:(?:[A-Z][A-Za-z]+\\s+){1,2}${MODEL_CODE_SOURCE}|[A-Z]{1,3}\\d{1,4}[A-Za-z]{0,4})\\b`);
/** "Into Europe", "to the UK", "Overseas": where a company goes to sell. */
const MARKET = new RegExp(`^(?:(?:into|to|in|across|beyond)\\s+(?:the\\s+)?)?(?:${MARKET_CUE.source}|${FOREIGN_CUE.source})`, 'i');

/**
 * The candidate is the subject of company news: the next word is a news verb and what follows it
 * is a product ("Honor Brings Magic V3 to Europe"), or a selling verb takes it to a market ("Oppo Expands Into Europe").
 */
export function subjectOfCompanyNews(text: string, end: number): boolean {
  const verb = wordAfter(text, end);
  if (verb === undefined || !isNewsVerb(verb)) return false;
  const object = text.slice(text.indexOf(verb, end) + verb.length, end + 80).replace(/^[ \u00a0]+/, '');
  return PRODUCT.test(object) || (SELLING.test(verb) && MARKET.test(object));
}
