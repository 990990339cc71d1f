/**
 * One sentence being read: its referents (names and resolved back-references), and the grammar the
 * readers share — where a subject stands before its verb, what may stand between, whether a name is the
 * head of its noun phrase, and where a date stands after a verb or at the sentence's start.
 */
import { kindOf, type Kind } from '../data/schema';
import type { Referent } from './anaphora';
import type { Span } from './sentences';
import type { Claim, DateValue } from './types';
import { dateAtStart, findDates } from './values';

/** One sentence being read; offsets relative to the sentence. */
export interface Ctx {
  readonly s: string;
  readonly refs: readonly Referent[];
  readonly mentions: readonly Span[];
}

export type Raw = Claim & { readonly anchor: Span };

export const AUX = String.raw`(?:(?:was|were|is|are|has been|have been|had been|being|been|first|originally|initially|officially|formally|jointly|later|eventually)\s+)*`;
/** What may stand between a subject and its verb group: nothing, a comma, "which", a parenthesis, an apposition. */
const SUBJECT_GAPS = [
  String.raw`\s+`,
  String.raw`\s*,\s*(?:which|that|who)\s+`,
  String.raw`\s*,\s*(?:which|who)\s+[^,;()]{1,60},\s*`,
  String.raw`\s*,\s*(?:headquartered|based|located)\s+in\s+[^,;()]{1,40},\s*`,
  String.raw`\s*,\s*`,
  String.raw`\s*\(\s*`,
  String.raw`\s+[–—-]\s[^–—]{1,80}\s[–—-]\s+`,
  String.raw`\s*,\s+(?:the|a|an|its|China['’]s|[A-Z][\w.'’-]*-based)\b[^,;()]{1,80},\s*(?:which\s+|that\s+)?`,
];
/** A legal suffix the detector leaves outside the name: "Pinduoduo Inc. started trading …". */
export const SUFFIX = String.raw`(?:\s+(?:Inc|Ltd|Co|Corp|Corporation|Group|Holdings|Limited|Technologies|Technology)\b\.?)*`;
export const SUBJECT_GAP = new RegExp(String.raw`^\.?${SUFFIX}(?:${SUBJECT_GAPS.join('|')})${AUX}$`);

/** Lowercase words describing a name ("e-commerce giant", "drone maker"), never a verb or function word. */
export const DESC = String.raw`(?:(?!(?:is|was|are|were|be|been|has|have|had|by|of|to|for|with|and|or|in|on|at|from|as|that|which|who|whose|the|a|an|its|their|said|says|will|would|can|could)\b)(?:[a-z][\w&'’-]*|AI|EV|IT|5G)\s+){0,4}`;

/** A unit, brand or venture named right before: the name that follows may be the part, not the whole. */
export const PART_OF =
  /\b(?:subsidiary|subsidiaries|unit|arm|division|affiliate|spin-?off|brand|sub-brand|joint venture|venture|offshoot|parent)\b[^.;:]{0,30}$/i;

/** Words that, before a name, make it something other than the head of the subject. */
export const NOT_HEAD = new Set([
  'of',
  'by',
  'from',
  'with',
  'for',
  'to',
  'at',
  'on',
  'in',
  'into',
  'than',
  'like',
  'including',
  'and',
  'or',
  'nor',
  '&',
  'as',
  'about',
  'against',
  'between',
  'behind',
  'unlike',
  'via',
  'under',
  'over',
  'after',
  'before',
  'vs',
  'versus',
  'not',
  'plus',
  'besides',
  'beside',
  'alongside',
  'among',
  'amid',
  'through',
  'toward',
  'towards',
  'whereas',
  'while',
]);

export const kindOfRef = (r: Referent): Kind => kindOf(r.id);
export const refAt = (ctx: Ctx, pos: number, kinds?: readonly Kind[]): Referent | undefined =>
  ctx.refs.find((r) => r.start === pos && (!kinds || kinds.includes(kindOfRef(r))));

/** A policy named in lower case ("the five-year plan") is the generic idea, not the document. */
export const isGenericName = (ctx: Ctx, r: Referent): boolean =>
  !r.anaphor && kindOfRef(r) === 'policy' && !/[A-Z\u4e00-\u9fff\d]/.test(ctx.s.slice(r.start, r.end));

/** Is `r` the head of its noun phrase: no preposition, conjunction or list before it in its clause? */
export function isHead(ctx: Ctx, r: Referent): boolean {
  const before = ctx.s.slice(Math.max(0, r.start - 60), r.start);
  const clause = before.split(/[,;:()–—]|\s-\s/).pop() ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-5);
  if (words.some((w) => NOT_HEAD.has(w.toLowerCase().replace(/[^\w&]/g, '')))) return false;
  // "BYD's largest subsidiary, BYD Auto, was founded …": a part of a company, named like the company.
  if (PART_OF.test(ctx.s.slice(Math.max(0, r.start - 80), r.start))) return false;
  return true;
}

/** The subject of a verb group starting at `verbStart`: the referent ending just before, across an allowed gap. */
export function subjectBefore(ctx: Ctx, verbStart: number, kinds: readonly Kind[]): Referent | undefined {
  // The nearest referent of a fitting kind; one of another kind may sit inside its apposition
  // ("ByteDance, headquartered in Beijing, was founded …").
  const candidates = ctx.refs.filter((r) => r.end <= verbStart && SUBJECT_GAP.test(ctx.s.slice(r.end, verbStart)));
  const r = candidates.filter((c) => kinds.includes(kindOfRef(c))).at(-1);
  if (!r || isGenericName(ctx, r) || !isHead(ctx, r)) return undefined;
  // A plural verb ("Alibaba and Tencent were founded …") has a plural subject: not this one alone.
  if (/\b(?:were|are|have)\s/.test(ctx.s.slice(r.end, verbStart + 12))) return undefined;
  // What stands between must not name another entity of the same kind ("Tencent, Alibaba's rival, was founded …").
  if (ctx.refs.some((o) => o !== r && o.start >= r.end && o.end <= verbStart && kindOfRef(o) === kindOfRef(r))) return undefined;
  return r;
}

/** After a fronted phrase ending at `from` (at a comma), the first referent of the subject noun phrase. */
export function subjectAfterComma(ctx: Ctx, from: number, kinds: readonly Kind[]): Referent | undefined {
  const m = /^\s*,\s+/.exec(ctx.s.slice(from));
  if (!m) return undefined;
  const start = from + m[0].length;
  const r = ctx.refs.find((x) => x.start >= start && kinds.includes(kindOfRef(x)));
  if (!r || isGenericName(ctx, r)) return undefined;
  const between = ctx.s.slice(start, r.start);
  // "the", a "-based" place, a few lowercase descriptors: "Ningde-based battery maker CATL".
  if (!new RegExp(String.raw`^(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*-based\s+)?${DESC}$`).test(between))
    return undefined;
  // Other referents of the same kind in between make it ambiguous; a possessive makes it a modifier.
  if (ctx.refs.some((o) => o.start >= start && o.end <= r.start && kindOfRef(o) === kindOfRef(r))) return undefined;
  if (/^['’]s\b/.test(ctx.s.slice(r.end))) return undefined;
  return r;
}

export const inside = (spans: readonly Span[], a: Span): boolean => spans.some((s) => s.start <= a.start && a.end <= s.end);
export const overlaps = (spans: readonly Span[], a: Span): boolean => spans.some((s) => s.start < a.end && a.start < s.end);

export const NAME_WORDS = String.raw`[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}`;
/** A place name in "founded in Hangzhou in 1999": capitalised words that are not a month ("in November 1998"). */
export const PLACE_NAME = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)${NAME_WORDS}`;
export const NAME_LIST_RE = String.raw`${NAME_WORDS}(?:\s*\([^)]{1,40}\))?(?:(?:\s*,\s*|\s*,?\s+and\s+)${NAME_WORDS}(?:\s*\([^)]{1,40}\))?)*`;
/** Between a verb and its date: an adverb, a by-phrase of names, a place ("founded by Jack Ma in Hangzhou in 1999"). */
export const BY = String.raw`by\s+(?:the\s+)?${NAME_LIST_RE}\s*,?\s+`;
export const TO_DATE = new RegExp(
  String.raw`^\s+(?:(?:plan|strategy|initiative|programme|program|blueprint)\s+)?(?:(?:back|officially|formally|first|originally|jointly)\s+)?(?:${BY})?(?:(?:in|at)\s+(?:the\s+)?${PLACE_NAME}(?:,\s*${PLACE_NAME})?\s*,?\s+)?(?:${BY})?((?:in|on)\s+)?`,
  'u',
);

/**
 * The date right after a verb or object ending at `pos`, within the allowed gap: "founded in 1999",
 * "founded by Jack Ma in Hangzhou in 1999", "enacted November 7, 2016" (a full date needs no "on").
 */
export function dateAfter(ctx: Ctx, pos: number): { start: number; end: number; value: DateValue } | undefined {
  const m = TO_DATE.exec(ctx.s.slice(pos));
  if (!m) return undefined;
  const at = pos + m[0].length;
  const d = dateAtStart(ctx.s.slice(at));
  if (!d || (!m[1] && d.value.precision === 'year')) return undefined;
  return { start: at, end: at + d.end, value: d.value };
}

/** "In April 2016, …": the sentence's fronted date, when it is the only date outside names. */
export function frontedDate(ctx: Ctx): { start: number; end: number; value: DateValue } | undefined {
  const m = /^(?:In|On|Back in)\s+/.exec(ctx.s);
  if (!m) return undefined;
  const d = dateAtStart(ctx.s.slice(m[0].length));
  if (!d || !/^\s*,/.test(ctx.s.slice(m[0].length + d.end))) return undefined;
  const all = findDates(ctx.s).filter((x) => !overlaps(ctx.mentions, x));
  if (all.length !== 1) return undefined;
  return { start: m[0].length, end: m[0].length + d.end, value: d.value };
}
