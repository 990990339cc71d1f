/**
 * Context rules for aliases the dataset marks as ambiguous (`needsContext`). Cheap string rules run
 * first and settle nearly every case; only two questions go to the part-of-speech tagger:
 * is a capitalised common word at the start of a sentence used as a word ("Honor your parents"),
 * and is a surname-like alias used as a person ("Li said").
 */
import { isAllLowerCase, isHeadlineCase, looksInflectedVerb } from './casing';
import {
  BUSINESS_CUE,
  CHINA_CUE,
  CJK_BUSINESS_CUE,
  CJK_NAME_TAIL,
  CJK_PLACE_IN_NAME_TAIL,
  COMPANY_NAME_TAIL,
  CORPORATE_FORM,
  ELSEWHERE_CUE,
  FOREIGN_BEFORE,
  FOREIGN_CUE,
  INDUSTRY_CUE,
  LOOKALIKE_CUES,
  PLACE_IN_NAME_TAIL,
  METALINGUISTIC,
  MODEL_CODE_SOURCE,
  NOT_A_NAME_PART,
  PERSONAL_TITLE,
  POLICY_TOPIC_CUE,
} from './cues';
import { isNewsVerb, subjectOfCompanyNews } from './news-verbs';
import { aliasKey, isCjk } from './normalize';
import { clauseStart, neighbourhood, sentenceAround, wordAfter, wordBefore, type Span } from './text-window';
import type { Candidate, TaggedTerm, Verdict } from './types';

export interface ContextInput {
  readonly text: string;
  /** Candidates whose alias is unambiguous: they vouch for their entity and for the topic nearby. */
  readonly anchors: readonly Candidate[];
  /** Ids of the anchors, for the common question "is this entity named unambiguously anywhere?". */
  readonly anchorIds: ReadonlySet<string>;
  /** Ambiguous company candidates no blocker ruled out: two different brands side by side vouch for each other. */
  readonly peers?: readonly Candidate[];
  readonly lowercaseNames: ReadonlySet<string>;
  /** Entities whose name says China: another country's context does not make them another country's. */
  readonly chinaNamed?: ReadonlySet<string>;
}

const TITLECASE = /^[A-Z][a-z]/;
const CAPITALISED = /^[A-Z]/;
const YEAR = /^(?:19|20)\d\d$/;
const LATIN_IN_EX = /\b(?:in|ex)[\s\u00a0\-\u2010\u2011]+$/i;
/** "Medal of Honor", "Bank of England": a capitalised head noun, then "of". */
const NAME_OF = /\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$/;
const OPENING = /^[\s"\u201c\u2018'([\u2014\u2013-]*$/;

const isLower = (s: string): boolean => s === s.toLowerCase() && s !== s.toUpperCase();

/** Companies and their products are brands: proper names that common words, people and other firms share. */
const isBrand = (kind: string): boolean => kind === 'company' || kind === 'product';

/** True when some candidate of `list` (sorted by start) lies inside `span` and satisfies `test`. */
function someInside(list: readonly Candidate[], span: Span, test: (c: Candidate) => boolean = () => true): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i]!.start < span.end; i++) {
    if (list[i]!.end <= span.end && test(list[i]!)) return true;
  }
  return false;
}

/** "the Medal of Honor", "Bank of England"; but not "Shares of Weibo" at the start of a sentence. */
function insideOfName(text: string, c: Candidate, pre: string): boolean {
  const m = NAME_OF.exec(pre);
  if (!m) return false;
  const headStart = c.start - pre.length + m.index;
  const s = sentenceAround(text, headStart, headStart + 1);
  return !OPENING.test(text.slice(s.start, headStart));
}

/**
 * Another proper name runs into the candidate: "Tencent Weibo", "Apache Ant", "Ibn Sina". Not when that
 * name is itself one of ours: "the Shenzhen Special Economic Zone" is Shenzhen's zone, not another thing's.
 */
function partOfPrecedingName(before: string | undefined, c: Candidate, anchors: readonly Candidate[]): boolean {
  // A word with a full stop after a lower-case run ends the previous sentence ("in New York. Pony ...");
  // initials and short abbreviations ("J.P.", "Co.") may still be part of a name.
  if (before !== undefined && /[a-z]{2}\.$/.test(before)) return false;
  if (before === undefined || before.length < 2 || !CAPITALISED.test(before) || NOT_A_NAME_PART.test(before)) return false;
  const gap = c.start - 1;
  return !anchors.some((a) => a.end >= gap - 1 && a.end <= c.start && a.entry.kind !== 'company' && a.entry.kind !== 'product');
}

/** "HK$4.2bn", "NT$", "9988.HK": a currency sign or a ticker's exchange suffix, not the place. */
function currencyOrTicker(text: string, c: Candidate): boolean {
  return text[c.end] === '$' || /\d\.$/.test(text.slice(Math.max(0, c.start - 2), c.start));
}

/**
 * The candidate heads another name: "Horizon Europe", "JD Sports", "Didi Gregorius", "Xian Zhang", "Horizon 2020".
 * In a headline every word is capitalised, so there a capitalised verb ends the name: inflected after
 * one brand ("Honor Launches"), bare after a joint subject ("Vivo and Oppo Push").
 */
function headsFollowingName(after: string | undefined, c: Candidate, headline: () => boolean): boolean {
  if (after === undefined) return false;
  if (YEAR.test(after)) return true;
  // A policy or place name followed by "Holdings" or "Group" names a company ("Digital China Holdings").
  if (c.entry.kind !== 'company' && COMPANY_NAME_TAIL.test(after)) return true;
  // The matcher takes the longest alias, so a legal form left over belongs to another company: the
  // entity's own ("Ant Group") would have been matched whole; "Legend Holdings" is Lenovo's parent.
  if (CORPORATE_FORM.test(after)) return true;
  const nameLike = isBrand(c.entry.kind) || c.entry.needsContext === 'person-name';
  return (
    nameLike &&
    TITLECASE.test(after) &&
    !COMPANY_NAME_TAIL.test(after) &&
    !NOT_A_NAME_PART.test(after) &&
    !((looksInflectedVerb(after) || isNewsVerb(after)) && headline())
  );
}

/** "the city of Xian", "in Xian": a place is meant, not a person. */
const PLACE_BEFORE = /\b(?:city|town|capital|province|port|county) of\s+$|\b(?:in|from|near|to|outside)\s+$/i;
const MODEL_CODE = new RegExp(`^${MODEL_CODE_SOURCE}$`);

/** The candidate is followed by its own product or company word: "Honor Magic", "vivo X200", "BOE Display", "小米集团". */
function followedByOwnName(text: string, c: Candidate): boolean {
  if (isCjk(c.text[0] ?? '')) return CJK_NAME_TAIL.test(text.slice(c.end, c.end + 2));
  const after = wordAfter(text, c.end);
  return after !== undefined && (COMPANY_NAME_TAIL.test(after) || MODEL_CODE.test(after));
}

const HYPHEN_NAME = /^[-\u2010\u2011]([A-Z][a-z]+)/;
/** Compounds that use the plain word: "ant-sized", "honor-bound", "horizon-scanning"; not "Ant-backed". */
const WORD_COMPOUND =
  /^[-\u2010\u2011](?:sized?|like|shaped|scale|bound|worthy|esque|hills?|heaps?|colon(?:y|ies)|eaters?|farms?|scanning|line)\b/i;
const OF_NAME = /^\s+of\s+(?:the\s+)?[A-Z]/;

/** "Ant-Man", "Great Wall of China": the candidate is the first part of a longer proper name. */
function startsLongerName(text: string, c: Candidate): boolean {
  const rest = text.slice(c.end, c.end + 40);
  const hyphened = HYPHEN_NAME.exec(rest)?.[1];
  return (
    (hyphened !== undefined && !COMPANY_NAME_TAIL.test(hyphened)) ||
    (c.entry.kind !== 'policy' && OF_NAME.test(rest)) ||
    (c.entry.needsContext === 'common-word' && WORD_COMPOUND.test(rest))
  );
}

/**
 * India's or the Soviet Union's plans: the nearest scope (sentence, then neighbourhood) that names a
 * country decides. A Chinese city or company named unambiguously counts as naming China.
 */
function aboutAnotherCountry(c: Candidate, input: ContextInput, win: Span): boolean {
  const { text, anchors } = input;
  const namesChina = (span: Span): boolean => CHINA_CUE.test(text.slice(span.start, span.end)) || someInside(anchors, span);
  // A country right before the name owns it, whatever else the sentence says ("India's Five-Year Plans ...; China's").
  if (FOREIGN_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) return true;
  const sentence = sentenceAround(text, c.start, c.end);
  if (namesChina(sentence)) return false;
  if (FOREIGN_CUE.test(text.slice(sentence.start, sentence.end))) return true;
  return FOREIGN_CUE.test(text.slice(win.start, win.end)) && !namesChina(win);
}

/** Rules that rule a candidate out whatever else the passage says. Returns the reason, for debugging. */
export function blockedBy(c: Candidate, input: ContextInput): string | undefined {
  const { text } = input;
  const { entry } = c;
  const pre = text.slice(Math.max(0, c.start - 40), c.start);
  // The sentence is cut out only when a rule about its capitals needs it: this runs on every candidate.
  const sentenceText = (): string => {
    const s = sentenceAround(text, c.start, c.end);
    return text.slice(s.start, s.end);
  };
  // Brand names are proper nouns: written in lower case they are the word ("honor", "oppo research",
  // "in vivo"), unless the brand itself is spelled in lower case or the writer uses no capitals at
  // all ("my new honor foldable"). Policy terms are often lower case.
  const caseTells = (): boolean => !input.lowercaseNames.has(entry.id) && !isAllLowerCase(sentenceText());
  // Headlines capitalise the Latin too ("In Vivo Results"), so there "in"/"ex" still tells.
  const latin = (): boolean => LATIN_IN_EX.test(pre) && (isLower(c.text) || isHeadlineCase(sentenceText()));
  if (isBrand(entry.kind) && ((isLower(c.text) && caseTells()) || latin())) {
    return 'lower-case word';
  }
  if (currencyOrTicker(text, c)) return 'currency or ticker';
  if (placeInsideName(text, c)) return 'inside a longer name';
  // A place name written in lower case is the plain word ("the city's bay area").
  if (entry.needsContext === 'place-name' && !isBrand(entry.kind) && isLower(c.text) && caseTells()) return 'lower-case word';
  if (METALINGUISTIC.test(pre)) return 'the word itself';
  if (PERSONAL_TITLE.test(pre)) return 'personal title';
  if (insideOfName(text, c, pre)) return 'X of Name';
  if (partOfPrecedingName(wordBefore(text, c.start), c, input.anchors)) return 'after another name';
  if (headsFollowingName(wordAfter(text, c.end), c, () => isHeadlineCase(sentenceText()))) return 'before another name';
  if (startsLongerName(text, c)) return 'inside a longer name';
  const win = neighbourhood(text, c.start, c.end);
  const around = text.slice(win.start, win.end);
  if (LOOKALIKE_CUES.get(aliasKey(c.text))?.test(around)) return 'look-alike context';
  // A name China shares with other countries' plans, unless it says China, or the passage names the entity in
  // full ("the Belt and Road Initiative (BRI) … BRI projects in Kenya").
  const national =
    (entry.kind === 'policy' || (!isBrand(entry.kind) && entry.needsContext === 'abbreviation')) &&
    !input.chinaNamed?.has(entry.id) &&
    !(entry.needsContext === 'abbreviation' && input.anchorIds.has(entry.id));
  if (national && aboutAnotherCountry(c, input, win)) return 'another country';
  if (entry.needsContext === 'place-name' && !isBrand(entry.kind) && elsewhere(c, input, win)) return 'a place elsewhere';
  return undefined;
}

/**
 * A place name China shares with places abroad ("Canton" in Ohio, the San Francisco "Bay Area"): the
 * nearest scope that names a place says where, as for other countries' plans.
 */
function elsewhere(c: Candidate, input: ContextInput, win: Span): boolean {
  const { text, anchors } = input;
  const namesChina = (span: Span): boolean =>
    CHINA_CUE.test(text.slice(span.start, span.end)) ||
    someInside(anchors, span, (a) => a.entry.kind !== 'company' && a.entry.kind !== 'product');
  const sentence = sentenceAround(text, c.start, c.end);
  if (namesChina(sentence)) return false;
  if (ELSEWHERE_CUE.test(text.slice(sentence.start, sentence.end))) return true;
  return ELSEWHERE_CUE.test(text.slice(win.start, win.end)) && !namesChina(win);
}

/** The window with the entity's own names blanked: "Pony.ai" is no topic word ("AI") for a bare "Pony". */
function withoutOwnNames(text: string, win: Span, anchors: readonly Candidate[], id: string): string {
  let out = '';
  let at = win.start;
  for (const a of anchors) {
    if (a.entry.id !== id || a.start < at || a.end > win.end) continue;
    out += text.slice(at, a.start) + ' '.repeat(a.end - a.start);
    at = a.end;
  }
  return out + text.slice(at, win.end);
}

/**
 * The candidate opens a sentence or a clause (after a colon, semicolon or dash: "The tagline was
 * blunt: Honor your elders."), where a capital says nothing about a name.
 */
function startsClause(text: string, c: Candidate): boolean {
  const s = sentenceAround(text, c.start, c.end);
  return OPENING.test(text.slice(clauseStart(text, s.start, c.start), c.start));
}

/** True when the passage vouches for the entity: it is named unambiguously, or the topic fits. */
export function supported(c: Candidate, input: ContextInput): boolean {
  const { text, anchors } = input;
  // The entity named elsewhere vouches for the bare word, except at the start of a sentence, where its
  // capital proves nothing ("Pony rides ... while Pony.ai expanded"): there the topic must fit too.
  if (input.anchorIds.has(c.entry.id) && !(c.entry.needsContext === 'common-word' && startsClause(text, c))) return true;
  const win = neighbourhood(text, c.start, c.end);
  const around = input.anchorIds.has(c.entry.id) ? withoutOwnNames(text, win, anchors, c.entry.id) : text.slice(win.start, win.end);
  const { kind, needsContext } = c.entry;
  if (isCjk(c.text[0] ?? '')) {
    // Chinese text is about China anyway; what is in doubt is whether a word (小米 millet) is the company.
    const wordLike = isBrand(kind) || needsContext === 'common-word' || needsContext === 'person-name';
    return !wordLike || followedByOwnName(text, c) || CJK_BUSINESS_CUE.test(around);
  }
  if (isBrand(kind)) {
    return (
      followedByOwnName(text, c) ||
      subjectOfCompanyNews(text, c.end) ||
      // Another company nearby; the entity's own name was weighed above and does not count twice.
      someInside(anchors, win, (a) => isBrand(a.entry.kind) && a.entry.id !== c.entry.id) ||
      someInside(input.peers ?? [], win, (p) => p.entry.id !== c.entry.id) ||
      BUSINESS_CUE.test(around) ||
      // A company sharing a Chinese place's name ("Chang'an") gains nothing from China being mentioned.
      (needsContext !== 'place-name' && CHINA_CUE.test(around))
    );
  }
  const near = someInside(anchors, win);
  // "in Xian": a place is meant, not a person; which place, a name shared with places abroad cannot say.
  if (kind === 'city' && needsContext !== 'place-name' && PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) return true;
  switch (needsContext) {
    case 'other-entity':
      // The blockers have already looked for the other thing (another country, a look-alike's words).
      return true;
    case 'place-name':
      // A city's old or other name (Canton) is the city unless the blockers found places abroad in view; a
      // zone's name shared with elsewhere (the Bay Area, Binhai) is ours only where China is in view.
      return kind === 'city' || near || CHINA_CUE.test(around);
    case 'common-word':
      // "little giants", "pilot zones": policy slogans made of plain words.
      return near || CHINA_CUE.test(around) || INDUSTRY_CUE.test(around);
    case 'abbreviation':
      return near || CHINA_CUE.test(around) || POLICY_TOPIC_CUE.test(around);
    default:
      return near || CHINA_CUE.test(around);
  }
}

/** Which question, if any, the tagger must answer before the candidate can be kept. */
export type TaggerQuestion = 'word-or-name' | 'person-or-company';

/** Words that start an object: after a sentence-initial "Honor" they make it a verb ("Honor your father"). */
const OBJECT_START = /^(?:your|thy|thine|his|her|their|our|my|the|a|an|them|him|me|us|this|that|these|those|its|every|all|each|thee)$/i;
/** Words that follow a person more than a company: "Li said", "Sina, who". */
const PERSON_NEXT =
  /^(?:said|says|told|added|explained|argued|recalled|believes|believed|thinks|thought|wrote|who|whose|himself|herself)$/i;

/**
 * Which question, if any, the tagger must answer before the candidate can be kept. Cheap checks
 * first: a sentence-initial brand followed by a verb or a noun is a subject; only a following
 * object ("Honor your", "Stone the") leaves the word reading open. A surname-like alias is asked
 * about only where a person would fit ("Li said").
 */
export function taggerQuestion(c: Candidate, input: ContextInput): TaggerQuestion | undefined {
  const reason = c.entry.needsContext;
  if (isCjk(c.text[0] ?? '')) return undefined; // the tagger reads English only
  const after = wordAfter(input.text, c.end) ?? '';
  if (reason === 'person-name' && !input.anchorIds.has(c.entry.id) && PERSON_NEXT.test(after)) {
    return 'person-or-company';
  }
  if (reason === 'common-word' && TITLECASE.test(c.text) && OBJECT_START.test(after) && startsClause(input.text, c)) {
    return 'word-or-name';
  }
  return undefined;
}

const WORD_USE = ['Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner'];
const PERSON_USE = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];

/** Answers a tagger question from the tagged sentence; offsets of `terms` are relative to `sentenceStart`. */
export function answerFromTags(question: TaggerQuestion, c: Candidate, terms: readonly TaggedTerm[], sentenceStart: number): Verdict {
  const at = c.start - sentenceStart;
  const i = terms.findIndex((t) => t.start <= at && at < t.end);
  const term = terms[i];
  if (!term) return 'keep';
  const has = (t: TaggedTerm | undefined, tags: readonly string[]): boolean => !!t && tags.some((x) => t.tags.has(x));
  if (question === 'word-or-name') return has(term, WORD_USE) ? 'drop' : 'keep';
  const next = terms[i + 1];
  const nextIsName = has(next, ['ProperNoun']) && !has(next, ['Organization', 'Place']) && !COMPANY_NAME_TAIL.test(next?.text ?? '');
  return has(term, PERSON_USE) || has(terms[i - 1], ['Honorific']) || nextIsName ? 'drop' : 'keep';
}

/** Verdicts from the cheap rules alone, for all candidates of a text: keep, drop, or ask the tagger first. */
export function judgeAll(candidates: readonly Candidate[], input: ContextInput): Verdict[] {
  const blocked = candidates.map((c) => (c.entry.needsContext ? blockedBy(c, input) !== undefined : lookalike(c, input)));
  const peers = candidates.filter((c, i) => c.entry.needsContext && isBrand(c.entry.kind) && !blocked[i]);
  const withPeers: ContextInput = { ...input, peers };
  return candidates.map((c, i) => (blocked[i] ? 'drop' : judge(c, withPeers, true)));
}

/** A city or zone inside another thing's name: "Suzhou Creek", "Peking University", 苏州河. */
function placeInsideName(text: string, c: Candidate): boolean {
  if (c.entry.kind !== 'city' && c.entry.kind !== 'zone') return false;
  if (isCjk(c.text[0] ?? '')) return CJK_PLACE_IN_NAME_TAIL.test(text.slice(c.end, c.end + 5));
  const after = /^[ \u00a0]+([A-Z][A-Za-z]*(?: [A-Z][a-z]+)?)/.exec(text.slice(c.end, c.end + 40))?.[1];
  return after !== undefined && new RegExp(`^(?:${PLACE_IN_NAME_TAIL.source})`).test(after);
}

/**
 * A name that needs no context still has look-alikes that give themselves away: "Alibaba" the woodcutter
 * of the folk tale, "Qilin" the creature of myth, "Suzhou" in "Suzhou Creek".
 */
function lookalike(c: Candidate, input: ContextInput): boolean {
  if (placeInsideName(input.text, c)) return true;
  const cue = LOOKALIKE_CUES.get(aliasKey(c.text));
  if (!cue) return false;
  const win = neighbourhood(input.text, c.start, c.end);
  return cue.test(input.text.slice(win.start, win.end));
}

/** Verdict from the cheap rules alone: keep, drop, or ask the tagger first. */
export function judge(c: Candidate, input: ContextInput, blockersChecked = false): Verdict {
  if (!c.entry.needsContext) return 'keep';
  if (!blockersChecked && blockedBy(c, input) !== undefined) return 'drop';
  if (!supported(c, input)) return 'drop';
  if (isBrand(c.entry.kind) && followedByOwnName(input.text, c)) return 'keep';
  return taggerQuestion(c, input) ? 'ask' : 'keep';
}
