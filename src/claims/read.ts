/**
 * Claim reading: in each sentence that holds a mention and a cue, find statements about that entity and
 * read their value. Each reader knows a few sentence shapes and ties the value to exactly one entity:
 * the subject ("Alibaba was founded in 1999"), an apposition ("CATL, founded in 2011"), a fronted
 * participle ("Founded in 2011, CATL …"), a possessive ("Hangzhou's population of 12.5m"), a "-based"
 * phrase ("Shenzhen-based Huawei"), the object of an active verb ("Ren Zhengfei founded Huawei in 1987").
 *
 * It says nothing when in doubt, because a false accusation is much worse than a missed one:
 * - the candidate is not the head of its noun phrase ("a unit of Alibaba was founded …", "Alibaba and
 *   Tencent were founded …");
 * - the value is not right beside its verb (only "in"/"on" and a short by- or in-phrase may stand between)
 *   or is hedged ("in about 1999", "in the early 1990s", "since 2015");
 * - the verb group is negated, future, modal or conditional (compromise's verb analysis, plus a word list
 *   for "if", "plans to", "reportedly" …);
 * - the value sits inside quotation marks (an opinion, not the page's statement);
 * - two entities would claim the same value, or a figure's sentence names two different years.
 */
import { kindOf, type CityId, type EntityId, type Kind, type PolicyId, type ZoneId } from '../data/schema';
import type { Mention } from '../detect/types';
import { resolveAnaphora, type Referent } from './anaphora';
import { isUnassertive, type SentenceParser } from './grammar';
import { nameListAtStart } from './names';
import { sentences, type Span } from './sentences';
import type { Claim, DateField, DateValue, FigureField, FigureUnit, ListingValue, PlaceValue } from './types';
import { asFigure, dateAtStart, findDates, findFigures, findPeriods, type RawFigure } from './values';
import { venueAtStart } from './venues';

/** Policy phrases the detector does not know as names but designation sentences use ("… e-commerce pilot cities"). */
export interface DesignationPhrase {
  readonly id: PolicyId;
  readonly re: RegExp;
}

export interface ReadOptions {
  readonly parse: SentenceParser;
  readonly phrases?: readonly DesignationPhrase[];
}

/** One sentence being read; offsets relative to the sentence. */
interface Ctx {
  readonly s: string;
  readonly refs: readonly Referent[];
  readonly mentions: readonly Span[];
}

type Raw = Claim & { readonly anchor: Span };

// ---- cues ---------------------------------------------------------------------------------------

/** A sentence is read only when it has one of these (compromise is slow: see the README's figures). */
const CUE = /\d|\b(?:based|headquarter|founde|co-founde|listed|listing|public|debut|trading|IPO|float|set up|launch|establish)|年/i;

const AUX = String.raw`(?:(?:was|were|is|are|has been|have been|had been|being|been|first|originally|initially|officially|formally|jointly|later|eventually)\s+)*`;
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
const SUFFIX = String.raw`(?:\s+(?:Inc|Ltd|Co|Corp|Corporation|Group|Holdings|Limited|Technologies|Technology)\b\.?)*`;
const SUBJECT_GAP = new RegExp(String.raw`^\.?${SUFFIX}(?:${SUBJECT_GAPS.join('|')})${AUX}$`);

/** Lowercase words describing a name ("e-commerce giant", "drone maker"), never a verb or function word. */
const DESC = String.raw`(?:(?!(?:is|was|are|were|be|been|has|have|had|by|of|to|for|with|and|or|in|on|at|from|as|that|which|who|whose|the|a|an|its|their|said|says|will|would|can|could)\b)(?:[a-z][\w&'’-]*|AI|EV|IT|5G)\s+){0,4}`;

/** A unit, brand or venture named right before: the name that follows may be the part, not the whole. */
const PART_OF = /\b(?:subsidiary|subsidiaries|unit|arm|division|affiliate|spin-?off|brand|sub-brand|joint venture|venture|offshoot|parent)\b[^.;:]{0,30}$/i;

/** Words that, before a name, make it something other than the head of the subject. */
const NOT_HEAD = new Set([
  'of', 'by', 'from', 'with', 'for', 'to', 'at', 'on', 'in', 'into', 'than', 'like', 'including', 'and', 'or', 'nor', '&',
  'as', 'about', 'against', 'between', 'behind', 'unlike', 'via', 'under', 'over', 'after', 'before', 'vs', 'versus', 'not', 'plus', 'besides', 'beside', 'alongside', 'among', 'amid', 'through', 'toward', 'towards', 'whereas', 'while',
]);

/** Words in the stretch of a claim that make it hypothetical, reported or hedged. */
const UNASSERTIVE = /\b(?:[Ii]f|[Uu]nless|whether|not|never|no longer|n't|expected|[Pp]lans?|planned|planning|aims?|intends?|hopes?|set to|poised|forecasts?|projected|targets?|rumou?red|[Rr]eportedly|[Aa]llegedly|[Ss]upposedly|might|may|could|would|will|should|shall|must|cannot|proposed|proposal|considering|mulling|seeks?|seeking)\b/;

const CONDITIONAL_OPENING = /^\W*(?:If|Unless|Had|Were|Should|Suppose|Imagine|Assuming|Whether)\b/;

// ---- small helpers -------------------------------------------------------------------------------

const kindOfRef = (r: Referent): Kind => kindOf(r.id);
const refAt = (ctx: Ctx, pos: number, kinds?: readonly Kind[]): Referent | undefined =>
  ctx.refs.find((r) => r.start === pos && (!kinds || kinds.includes(kindOfRef(r))));

/** A policy named in lower case ("the five-year plan") is the generic idea, not the document. */
const isGenericName = (ctx: Ctx, r: Referent): boolean =>
  !r.anaphor && kindOfRef(r) === 'policy' && !/[A-Z\u4e00-\u9fff\d]/.test(ctx.s.slice(r.start, r.end));

/** Is `r` the head of its noun phrase: no preposition, conjunction or list before it in its clause? */
function isHead(ctx: Ctx, r: Referent): boolean {
  const before = ctx.s.slice(Math.max(0, r.start - 60), r.start);
  const clause = before.split(/[,;:()–—]|\s-\s/).pop() ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-5);
  if (words.some((w) => NOT_HEAD.has(w.toLowerCase().replace(/[^\w&]/g, '')))) return false;
  // "BYD's largest subsidiary, BYD Auto, was founded …": a part of a company, named like the company.
  if (PART_OF.test(ctx.s.slice(Math.max(0, r.start - 80), r.start))) return false;
  return true;
}

/** The subject of a verb group starting at `verbStart`: the referent ending just before, across an allowed gap. */
function subjectBefore(ctx: Ctx, verbStart: number, kinds: readonly Kind[]): Referent | undefined {
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
function subjectAfterComma(ctx: Ctx, from: number, kinds: readonly Kind[]): Referent | undefined {
  const m = /^\s*,\s+/.exec(ctx.s.slice(from));
  if (!m) return undefined;
  const start = from + m[0].length;
  const r = ctx.refs.find((x) => x.start >= start && kinds.includes(kindOfRef(x)));
  if (!r || isGenericName(ctx, r)) return undefined;
  const between = ctx.s.slice(start, r.start);
  // "the", a "-based" place, a few lowercase descriptors: "Ningde-based battery maker CATL".
  if (!new RegExp(String.raw`^(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*-based\s+)?${DESC}$`).test(between)) return undefined;
  // Other referents of the same kind in between make it ambiguous; a possessive makes it a modifier.
  if (ctx.refs.some((o) => o.start >= start && o.end <= r.start && kindOfRef(o) === kindOfRef(r))) return undefined;
  if (/^['’]s\b/.test(ctx.s.slice(r.end))) return undefined;
  return r;
}

const inside = (spans: readonly Span[], a: Span): boolean => spans.some((s) => s.start <= a.start && a.end <= s.end);
const overlaps = (spans: readonly Span[], a: Span): boolean => spans.some((s) => s.start < a.end && a.start < s.end);

/** Spans inside quotation marks: what is quoted is someone's word, not the page's. */
function quoted(s: string): Span[] {
  const out: Span[] = [];
  const re = /“[^”]*”|"[^"]*"|‘[^’]*’(?!\w)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// ---- dates --------------------------------------------------------------------------------------

const DATE_VERB = /\b(co-founded|founded|established|set up|started|created|incorporated|formed|launched|issued|adopted|unveiled|introduced|announced|passed|enacted|released|rolled out|initiated|approved|promulgated|published|inaugurated|opened|debuted)\b/gi;

const VERBS_BY_KIND: Readonly<Record<Kind, { field: DateField; verbs: ReadonlySet<string> } | undefined>> = {
  company: { field: 'founded', verbs: new Set(['co-founded', 'founded', 'established', 'set up', 'started', 'created', 'incorporated', 'formed']) },
  zone: { field: 'established', verbs: new Set(['established', 'set up', 'founded', 'created', 'launched', 'approved', 'inaugurated', 'opened', 'formed']) },
  policy: {
    field: 'year',
    verbs: new Set(['launched', 'issued', 'adopted', 'unveiled', 'introduced', 'announced', 'passed', 'enacted', 'released', 'rolled out', 'initiated', 'approved', 'promulgated', 'published', 'established', 'set up', 'created', 'started']),
  },
  product: { field: 'launched', verbs: new Set(['launched', 'released', 'introduced', 'unveiled', 'debuted', 'rolled out']) },
  city: undefined,
};

const NAME_WORDS = String.raw`[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}`;
/** A place name in "founded in Hangzhou in 1999": capitalised words that are not a month ("in November 1998"). */
const PLACE_NAME = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)${NAME_WORDS}`;
const NAME_LIST_RE = String.raw`${NAME_WORDS}(?:\s*\([^)]{1,40}\))?(?:(?:\s*,\s*|\s*,?\s+and\s+)${NAME_WORDS}(?:\s*\([^)]{1,40}\))?)*`;
/** Between a verb and its date: an adverb, a by-phrase of names, a place ("founded by Jack Ma in Hangzhou in 1999"). */
const BY = String.raw`by\s+(?:the\s+)?${NAME_LIST_RE}\s*,?\s+`;
const TO_DATE = new RegExp(
  String.raw`^\s+(?:(?:plan|strategy|initiative|programme|program|blueprint)\s+)?(?:(?:back|officially|formally|first|originally|jointly)\s+)?(?:${BY})?(?:(?:in|at)\s+(?:the\s+)?${PLACE_NAME}(?:,\s*${PLACE_NAME})?\s*,?\s+)?(?:${BY})?((?:in|on)\s+)?`,
  'u',
);

/**
 * The date right after a verb or object ending at `pos`, within the allowed gap: "founded in 1999",
 * "founded by Jack Ma in Hangzhou in 1999", "enacted November 7, 2016" (a full date needs no "on").
 */
function dateAfter(ctx: Ctx, pos: number): { start: number; end: number; value: DateValue } | undefined {
  const m = TO_DATE.exec(ctx.s.slice(pos));
  if (!m) return undefined;
  const at = pos + m[0].length;
  const d = dateAtStart(ctx.s.slice(at));
  if (!d || (!m[1] && d.value.precision === 'year')) return undefined;
  return { start: at, end: at + d.end, value: d.value };
}

/** "In April 2016, …": the sentence's fronted date, when it is the only date outside names. */
function frontedDate(ctx: Ctx): { start: number; end: number; value: DateValue } | undefined {
  const m = /^(?:In|On|Back in)\s+/.exec(ctx.s);
  if (!m) return undefined;
  const d = dateAtStart(ctx.s.slice(m[0].length));
  if (!d || !/^\s*,/.test(ctx.s.slice(m[0].length + d.end))) return undefined;
  const all = findDates(ctx.s).filter((x) => !overlaps(ctx.mentions, x));
  if (all.length !== 1) return undefined;
  return { start: m[0].length, end: m[0].length + d.end, value: d.value };
}

const REORGANISED = /\b(?:merger|merged|merging|spun off|spin-off|spun out|demerger|restructur\w*|renamed|rebranded|re-founded|refounded|reincorporated)\b/i;

const vStartIsMidSentence = (ctx: Ctx, at: number): boolean => !/^(?:(?:First|Originally|Initially|Officially|Jointly)\s+)?$/i.test(ctx.s.slice(0, at));

const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/;

function readDates(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  DATE_VERB.lastIndex = 0;
  for (let m = DATE_VERB.exec(ctx.s); m; m = DATE_VERB.exec(ctx.s)) {
    const verb = m[1]!.toLowerCase();
    if (m[1] !== verb && vStartIsMidSentence(ctx, m.index)) continue; // "Founded" mid-sentence is a name ("Founded Group")
    const vStart = m.index;
    const vEnd = vStart + m[0].length;
    const fits = (r: Referent): DateField | undefined => {
      const k = VERBS_BY_KIND[kindOfRef(r)];
      return k && k.verbs.has(verb) ? k.field : undefined;
    };
    const push = (r: Referent, field: DateField, d: { start: number; end: number; value: DateValue }): void => {
      // "formed in 2015 through the merger of …", "spun off in 2011": the date of another event.
      if (field !== 'year' && REORGANISED.test(ctx.s)) return;
      out.push({ start: d.start, end: d.end, id: r.id, field, page: d.value, anchor: { start: Math.min(r.start, d.start, vStart), end: Math.max(r.end, d.end, vEnd) } });
    };
    // Active: "Ren Zhengfei founded Huawei in 1987", "the State Council unveiled Made in China 2025 in May 2015".
    const objectAt = /^\s+(?:the\s+)?/.exec(ctx.s.slice(vEnd));
    const object = objectAt && !PASSIVE_BEFORE.test(ctx.s.slice(0, vStart)) ? refAt(ctx, vEnd + objectAt[0].length) : undefined;
    if (object) {
      const field = fits(object);
      const d = dateAfter(ctx, object.end) ?? frontedDate(ctx);
      if (field && d && !isGenericName(ctx, object) && !/^['’]s\b/.test(ctx.s.slice(object.end))) push(object, field, d);
      continue;
    }
    const d = dateAfter(ctx, vEnd) ?? frontedDate(ctx);
    if (!d) continue;
    // Fronted participle: "Founded in 2011, CATL …".
    const lead = ctx.s.slice(0, vStart);
    if (/^(?:(?:First|Originally|Initially|Officially|Jointly)\s+)?$/i.test(lead) && d.start > vStart) {
      const afterDate = ctx.s.slice(d.end);
      const by = /^\s+by\s+/.exec(afterDate);
      let at = d.end;
      if (by) {
        const names = nameListAtStart(afterDate.slice(by[0].length));
        if (!names) continue;
        at = d.end + by[0].length + names.end;
      }
      const loc = /^\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,2}/.exec(ctx.s.slice(at));
      if (loc) at += loc[0].length;
      const r = subjectAfterComma(ctx, at, ['company', 'zone', 'policy', 'product']);
      const field = r && fits(r);
      if (r && field) push(r, field, d);
      continue;
    }
    // Passive or reduced relative: "Alibaba was founded in 1999", "CATL, founded in 2011, …".
    const aux = /(?:\b(?:was|were|is|are|has been|have been|had been|being|been|first|originally|initially|officially|formally|jointly|later|eventually)\s+)*$/.exec(lead)!;
    const r = subjectBefore(ctx, vStart - aux[0].length, ['company', 'zone', 'policy', 'product']);
    const field = r && fits(r);
    if (r && field) push(r, field, d);
  }
  return out;
}

// ---- founders -----------------------------------------------------------------------------------

const FOUNDED_BY = /\b(co-founded|founded|set up|started|established|created|formed)\s+(?:(?:in|on)\s+[^,;]{3,30}?\s+)?by\s+/g;
const FOUNDER_VERB = /\s+(?:(?:officially|formally|jointly|first|originally|later)\s+)?(co-founded|founded|set up|started|established|created|formed)\s+(?:the\s+)?$/;

function readFounders(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  const namesOverlapRefs = (a: Span): boolean => overlaps(ctx.refs, a);
  FOUNDED_BY.lastIndex = 0;
  for (let m = FOUNDED_BY.exec(ctx.s); m; m = FOUNDED_BY.exec(ctx.s)) {
    const at = m.index + m[0].length;
    const list = nameListAtStart(ctx.s.slice(at));
    if (!list) continue;
    const span = { start: at, end: at + list.end };
    if (namesOverlapRefs(span)) continue; // "founded by Alibaba": a parent company, not people
    const lead = ctx.s.slice(0, m.index);
    const aux = /(?:\b(?:was|were|is|are|has been|had been|been|first|originally|jointly)\s+)*$/.exec(lead)!;
    let r = subjectBefore(ctx, m.index - aux[0].length, ['company']);
    if (!r && /^(?:(?:First|Originally|Jointly)\s+)?$/i.test(lead)) {
      let after = span.end;
      const date = /^\s+(?:in|on)\s+/.exec(ctx.s.slice(after));
      if (date) {
        const d = dateAtStart(ctx.s.slice(after + date[0].length));
        if (d) after += date[0].length + d.end;
      }
      r = subjectAfterComma(ctx, after, ['company']);
    }
    if (!r) continue;
    const exhaustive = m[1] !== 'co-founded' && list.closed;
    out.push({ ...span, id: r.id, field: 'founders', page: { names: list.names, exhaustive }, anchor: { start: Math.min(r.start, m.index), end: span.end } });
  }
  // Active: "Ren Zhengfei founded Huawei in 1987", "Ren Zhengfei, a former army engineer, founded Huawei".
  for (const r of ctx.refs) {
    if (kindOfRef(r) !== 'company' || r.anaphor) continue;
    const v = FOUNDER_VERB.exec(ctx.s.slice(0, r.start));
    if (!v || /^['’]s\b/.test(ctx.s.slice(r.end))) continue;
    let head = ctx.s.slice(0, v.index);
    const app = /,\s+(?:a|an|the|his|her)\b[^,;()]{1,100},?$/.exec(head);
    if (app) head = head.slice(0, app.index);
    // The names must open the sentence or follow a fronted date ("In 2010, Lei Jun founded Xiaomi").
    const open = /^(?:(?:In|On)\s+[^,]{4,30},\s+)?/.exec(head)!;
    const list = nameListAtStart(head.slice(open[0].length));
    if (!list || open[0].length + list.end !== head.trimEnd().length) continue;
    const span = { start: open[0].length, end: open[0].length + list.end };
    if (namesOverlapRefs(span)) continue;
    out.push({ ...span, id: r.id, field: 'founders', page: { names: list.names, exhaustive: v[1] !== 'co-founded' && list.closed }, anchor: { start: span.start, end: r.end } });
  }
  return out;
}

// ---- headquarters -------------------------------------------------------------------------------

const NOT_PLACES = /^(?:Android|Linux|Windows|Cloud|Web|Internet|AI|Arm|ARM|RISC|Open|Chromium|Intel|Nvidia|Qualcomm|Apple|Google|Amazon|Microsoft|The|This|That)$/;
const PLACE_WORDS = String.raw`(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*`;
const BASED = new RegExp(String.raw`(${PLACE_WORDS})-(?:based|headquartered)\b`, 'g');
const BASED_IN = /\b(?:[Bb]ased|[Hh]eadquartered)\s+in\s+/g;

function placeAt(ctx: Ctx, start: number, end?: number): PlaceValue | undefined {
  const ref = ctx.refs.find((r) => !r.anaphor && r.start === start && (end === undefined || r.end === end) && (kindOfRef(r) === 'city' || kindOfRef(r) === 'zone'));
  if (ref) return { text: ctx.s.slice(ref.start, ref.end), id: ref.id as CityId | ZoneId };
  const words = (end === undefined ? new RegExp(`^${PLACE_WORDS}`).exec(ctx.s.slice(start))?.[0] : ctx.s.slice(start, end))?.replace(/[.’']+$/, '');
  if (!words || NOT_PLACES.test(words.split(/\s+/)[0]!)) return undefined;
  // A name that is some other entity (a company, a policy) is no place.
  if (ctx.refs.some((r) => r.start < start + words.length && start < r.end)) return undefined;
  return { text: words };
}

function readHeadquarters(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  const push = (r: Referent, place: PlaceValue, at: number): void => {
    out.push({ start: at, end: at + place.text.length, id: r.id, field: 'headquarters', page: place, anchor: { start: Math.min(r.start, at), end: Math.max(r.end, at + place.text.length) } });
  };
  // "Shenzhen-based Huawei", "Hangzhou-based e-commerce giant Alibaba", "Huawei, a Shenzhen-based company".
  BASED.lastIndex = 0;
  for (let m = BASED.exec(ctx.s); m; m = BASED.exec(ctx.s)) {
    let placeStart = m.index;
    let text = m[1]!;
    // Only the words that belong to the place: a city named right before "-based", or the capitalised
    // words without a sentence word in front ("The Beijing-based", "Unlike Ningde-based").
    const city = ctx.refs.find((r) => !r.anaphor && r.end === m.index + text.length && r.start >= m.index && (kindOfRef(r) === 'city' || kindOfRef(r) === 'zone'));
    const lead = city ? { 0: ctx.s.slice(m.index, city.start) } : /^(?:The|A|An|Its|Their|Rival|Fellow|Unlike|Like|For|As|With|While|When|Both|Former|Many|Some|Other|Leading|Chinese|China['’]s)\s+/.exec(text);
    if (lead && lead[0]) {
      placeStart += lead[0].length;
      text = text.slice(lead[0].length);
    }
    if (/\b(?:formerly|once|then|previously|originally|ex)\s*$/i.test(ctx.s.slice(Math.max(0, placeStart - 20), placeStart))) continue;
    const place = placeAt(ctx, placeStart, placeStart + text.length);
    if (!place) continue;
    const afterStart = m.index + m[0].length;
    const desc = new RegExp(String.raw`^\s+${DESC}`).exec(ctx.s.slice(afterStart));
    const r = desc && refAt(ctx, afterStart + desc[0].length, ['company']);
    if (r && !ctx.refs.some((o) => o !== r && o.start >= afterStart && o.end <= r.start && kindOfRef(o) === 'company') && !/^\s+(?:and|&|or)\s/.test(ctx.s.slice(r.end))) {
      push(r, place, placeStart);
      continue;
    }
    // Apposition or predicate: "Huawei, a Shenzhen-based …", "Xiaomi is a Beijing-based …".
    const owner = ctx.refs.filter((o) => o.end <= placeStart && /^(?:\s*,\s+|\s+(?:is|was)\s+)(?:a|an|the)\s+$/.test(ctx.s.slice(o.end, placeStart))).at(-1);
    if (owner && kindOfRef(owner) === 'company' && isHead(ctx, owner)) push(owner, place, placeStart);
  }
  // "Alibaba, headquartered in Hangzhou", "Huawei is based in Shenzhen", "Headquartered in Hangzhou, Alibaba …".
  BASED_IN.lastIndex = 0;
  for (let m = BASED_IN.exec(ctx.s); m; m = BASED_IN.exec(ctx.s)) {
    const at = m.index + m[0].length;
    const place = placeAt(ctx, at);
    if (!place) continue;
    const lead = ctx.s.slice(0, m.index);
    if (/\b(?:formerly|once|previously|originally|now|later|moved|relocated)\s+$/i.test(lead)) continue;
    let r: Referent | undefined;
    if (/^\s*$/.test(lead)) {
      const after = /^(?:,\s*[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?(?=\s*,))?/.exec(ctx.s.slice(at + place.text.length))!;
      r = subjectAfterComma(ctx, at + place.text.length + after[0].length, ['company']);
    } else {
      const aux = /(?:\b(?:is|was|are|were|been|has been|had been)\s+)*$/.exec(lead)!;
      r = subjectBefore(ctx, m.index - aux[0].length, ['company']);
    }
    if (r) push(r, place, at);
  }
  // "Hangzhou, where Alibaba is headquartered".
  for (const city of ctx.refs) {
    if (city.anaphor || (kindOfRef(city) !== 'city' && kindOfRef(city) !== 'zone')) continue;
    const m = /^,\s+where\s+/.exec(ctx.s.slice(city.end));
    if (!m) continue;
    const desc = new RegExp(`^${DESC}`).exec(ctx.s.slice(city.end + m[0].length))!;
    const r = refAt(ctx, city.end + m[0].length + desc[0].length, ['company']);
    if (r && /^\s+(?:is|was)\s+(?:headquartered|based)\b/.test(ctx.s.slice(r.end))) push(r, { text: ctx.s.slice(city.start, city.end), id: city.id as CityId | ZoneId }, city.start);
  }
  // "Alibaba's headquarters in Hangzhou".
  for (const r of ctx.refs) {
    if (kindOfRef(r) !== 'company') continue;
    const m = /^['’]s\s+(?:global\s+|main\s+)?headquarters\s+(?:is\s+|are\s+)?in\s+/.exec(ctx.s.slice(r.end));
    const place = m && placeAt(ctx, r.end + m[0].length);
    if (m && place) push(r, place, r.end + m[0].length);
  }
  return out;
}

// ---- listings -----------------------------------------------------------------------------------

const LISTED = /\b(?:listed|went public|floated|debuted|began trading|started trading|made its (?:market |trading |stock market |public )?debut|completed (?:its|an?) (?:secondary |dual |primary )?(?:listing|IPO|initial public offering)|held (?:its|an?) (?:IPO|initial public offering))\b/g;
const VENUE_LISTED = /\b(Hong Kong|Shanghai|Shenzhen|Nasdaq|NASDAQ|NYSE|New York|US|U\.S\.|STAR Market|Beijing)-listed\s+/g;

/** "on the Hong Kong Stock Exchange in 2019", "in 2014 in New York", "in Hong Kong". */
function listingAfter(ctx: Ctx, pos: number): { start: number; end: number; value: ListingValue } | undefined {
  const rest = ctx.s.slice(pos);
  const pre = /^(?:\s+(?:its\s+)?(?:shares|stock))?\s+(?:on|in)\s+/.exec(rest);
  if (!pre) return undefined;
  const at = pos + pre[0].length;
  const v = venueAtStart(ctx.s.slice(at));
  if (v) {
    const vStart = at + v.offset;
    const vEnd = at + v.length;
    const tail = /^(?:['’]s\s+main board)?\s*,?\s+(?:in|on)\s+/.exec(ctx.s.slice(vEnd));
    const d = tail && dateAtStart(ctx.s.slice(vEnd + tail[0].length));
    if (d) return { start: vStart, end: vEnd + tail[0].length + d.end, value: { venue: v.venue, date: d.value } };
    return { start: vStart, end: vEnd, value: { venue: v.venue } };
  }
  const d = dateAtStart(ctx.s.slice(at));
  if (!d) return undefined;
  const dEnd = at + d.end;
  const tail = /^\s+(?:on|in)\s+/.exec(ctx.s.slice(dEnd));
  const v2 = tail && venueAtStart(ctx.s.slice(dEnd + tail[0].length));
  if (tail && v2) return { start: at, end: dEnd + tail[0].length + v2.length, value: { venue: v2.venue, date: d.value } };
  return { start: at, end: dEnd, value: { date: d.value } };
}

function readListings(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  LISTED.lastIndex = 0;
  for (let m = LISTED.exec(ctx.s); m; m = LISTED.exec(ctx.s)) {
    const l = listingAfter(ctx, m.index + m[0].length);
    if (!l) continue;
    const lead = ctx.s.slice(0, m.index);
    const aux = /(?:\b(?:was|were|is|are|has been|have been|had been|been|first|originally|successfully|finally)\s+)*$/.exec(lead)!;
    const r = subjectBefore(ctx, m.index - aux[0].length, ['company']);
    if (!r) continue;
    // "In 2017, the company went public on the Shenzhen Stock Exchange": the fronted date is the listing's.
    const fronted = !l.value.date && l.value.venue ? frontedDate(ctx) : undefined;
    if (fronted && l.value.venue) {
      out.push({ start: fronted.start, end: fronted.end, id: r.id, field: 'listing', page: { venue: l.value.venue, date: fronted.value }, anchor: { start: r.start, end: l.end } });
    } else {
      out.push({ start: l.start, end: l.end, id: r.id, field: 'listing', page: l.value, anchor: { start: r.start, end: l.end } });
    }
  }
  // "Alibaba's IPO in New York in 2014", "Xiaomi's listing on the Hong Kong Stock Exchange".
  for (const r of ctx.refs) {
    if (kindOfRef(r) !== 'company') continue;
    const m = /^['’]s\s+(?:\d{4}\s+)?(?:secondary\s+|dual\s+|primary\s+)?(?:initial public offering|IPO|listing|flotation|market debut|stock market debut|trading debut)/.exec(ctx.s.slice(r.end));
    const l = m && listingAfter(ctx, r.end + m[0].length);
    if (m && l) out.push({ start: l.start, end: l.end, id: r.id, field: 'listing', page: l.value, anchor: { start: r.start, end: l.end } });
  }
  // "Hong Kong-listed Tencent".
  VENUE_LISTED.lastIndex = 0;
  for (let m = VENUE_LISTED.exec(ctx.s); m; m = VENUE_LISTED.exec(ctx.s)) {
    if (/\b(?:dual|and|&)\s*$/.test(ctx.s.slice(Math.max(0, m.index - 8), m.index))) continue;
    const v = venueAtStart(m[1]!);
    const afterStart = m.index + m[0].length;
    const desc = new RegExp(`^${DESC}`).exec(ctx.s.slice(afterStart))!;
    const r = refAt(ctx, afterStart + desc[0].length, ['company']);
    if (v && r && !/^\s+(?:and|&|or)\s/.test(ctx.s.slice(r.end))) {
      out.push({ start: m.index, end: m.index + m[1]!.length, id: r.id, field: 'listing', page: { venue: v.venue }, anchor: { start: m.index, end: r.end } });
    }
  }
  return out;
}

// ---- periods ------------------------------------------------------------------------------------

function readPeriods(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  const periods = findPeriods(ctx.s);
  for (const r of ctx.refs) {
    if (kindOfRef(r) !== 'policy' || isGenericName(ctx, r)) continue;
    const m = /^(?:\s+period)?\s*(?:\(\s*|,?\s+(?:which\s+)?(?:covers|covering|covered|spans|spanning|spanned|runs|running|ran|for|from)\s+(?:the\s+(?:years|period)\s+)?(?:from\s+)?)/.exec(ctx.s.slice(r.end));
    if (!m) continue;
    const at = r.end + m[0].length;
    const p = periods.find((x) => x.start === at);
    if (p) out.push({ start: p.start, end: p.end, id: r.id, field: 'period', page: p.value, anchor: { start: r.start, end: p.end } });
  }
  return out;
}

// ---- designations -------------------------------------------------------------------------------

const FILLER = String.raw`(?:(?!and\b|or\b|but\b|not\b|which\b|that\b|in\b)[\w’'-]+\s+){0,6}`;
const BECAME = new RegExp(String.raw`\b(?:became|becomes|was\s+made|was\s+named|was\s+designated|was\s+approved|was\s+chosen|was\s+selected|was\s+picked|was\s+listed|joined)\s+(?:as\s+)?(?:one\s+of\s+)?${FILLER}$`);
const DESIGNATED = /\b(?:designated|named|approved|made|chose|selected|picked|listed)\s+$/;

interface PolicyPhrase extends Span {
  readonly id: PolicyId;
}

function policyPhrases(ctx: Ctx, phrases: readonly DesignationPhrase[]): PolicyPhrase[] {
  const out: PolicyPhrase[] = ctx.refs.filter((r) => !r.anaphor && kindOfRef(r) === 'policy').map((r) => ({ start: r.start, end: r.end, id: r.id as PolicyId }));
  for (const p of phrases) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(ctx.s); m; m = p.re.exec(ctx.s)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!overlaps(out, span)) out.push({ ...span, id: p.id });
    }
  }
  return out;
}

function readDesignations(ctx: Ctx, phrases: readonly DesignationPhrase[]): Raw[] {
  const out: Raw[] = [];
  const places: readonly Kind[] = ['city', 'zone'];
  for (const p of policyPhrases(ctx, phrases)) {
    const before = ctx.s.slice(0, p.start);
    const d = (() => {
      const m = /^\s*(?:\([^)]*\)\s*)?,?\s+(?:in|on)\s+/.exec(ctx.s.slice(p.end));
      const at = m ? p.end + m[0].length : -1;
      const x = m ? dateAtStart(ctx.s.slice(at)) : undefined;
      return x ? { start: at, end: at + x.end, value: x.value } : frontedDate(ctx);
    })();
    if (!d) continue;
    let place: Referent | undefined;
    let verbStart = -1;
    const became = BECAME.exec(before);
    if (became) {
      verbStart = became.index;
      place = subjectBefore(ctx, verbStart, places);
    } else {
      // "designated the city as one of China's 10 … pilot cities".
      const asPhrase = new RegExp(String.raw`^\s+as\s+(?:one\s+of\s+)?${FILLER}$`);
      const r = ctx.refs.filter((x) => x.end <= p.start && places.includes(kindOfRef(x)) && asPhrase.test(ctx.s.slice(x.end, p.start))).at(-1);
      const verb = r && DESIGNATED.exec(ctx.s.slice(0, r.start));
      if (r && verb) {
        place = r;
        verbStart = verb.index;
      }
      // "approved the China (Hangzhou) cross-border e-commerce pilot zone".
      const paren = /\(\s*$/.exec(before.replace(/\)\s*$/, '')) ? undefined : /(?:China\s+)?\(\s*([^()]{2,30})\s*\)\s*$/.exec(before);
      if (!place && paren) {
        const inner = before.lastIndexOf(paren[1]!);
        const r2 = ctx.refs.find((x) => x.start === inner && places.includes(kindOfRef(x)));
        const verb = /\b(?:set up|established|approved|launched|opened|created)\s+(?:the\s+(?:setup|creation|establishment)\s+of\s+)?(?:the\s+|a\s+|an\s+)?$/.exec(before.slice(0, paren.index));
        if (r2 && verb) {
          place = r2;
          verbStart = verb.index;
        }
      }
    }
    if (!place || verbStart < 0) continue;
    const text = ctx.s.slice(place.start, place.end);
    out.push({
      start: d.start,
      end: d.end,
      id: p.id,
      field: 'designation',
      page: { place: { text, id: place.id as CityId | ZoneId }, date: d.value },
      anchor: { start: Math.min(place.start, d.start), end: Math.max(p.end, d.end) },
    });
  }
  return out;
}

// ---- figures ------------------------------------------------------------------------------------

const BOUND_WORDS = /^(?:(?:more than|over|about|around|nearly|almost|some|roughly|approximately|an estimated|close to|less than|under|just over|just under|upwards of|in excess of|at least)\s+)?/;
const NUMBER_VERB = String.raw`(?:of|was|were|is|are|stood at|reached|had reached|has reached|hit|totall?ed|rose to|grew to|climbed to|jumped to|increased to|fell to|dropped to|declined to|came in at|amounted to|exceeded|topped|surpassed)`;
const GROWTH_TO = String.raw`(?:grew|rose|expanded|increased|climbed|jumped)(?:\s+by)?\s+[\d.]+\s?(?:%|percent|per cent)(?:\s+year[- ]on[- ]year)?\s+to`;

interface FigureShape {
  readonly field: FigureField;
  readonly kind: Kind;
  readonly unit: FigureUnit | 'currency';
  /** Matched against the text right after the referent; the figure must follow. */
  readonly after: RegExp;
  /** Unit words the figure itself must carry (population "home to 12 million people"). */
  readonly needsUnit?: boolean;
  /** Counted people are employees here ("employs 188,000 people"). */
  readonly peopleAre?: FigureUnit;
  /** What the referent must be preceded by ("the population of Hangzhou was …"). */
  readonly before?: RegExp;
}

const SHAPES: readonly FigureShape[] = [
  { field: 'population', kind: 'city', unit: 'people', after: new RegExp(String.raw`^['’]s\s+(?:total\s+|permanent\s+|resident\s+|overall\s+|\d{4}\s+)?population\s+(?:${NUMBER_VERB}\s+)?(?:of\s+)?`) },
  { field: 'population', kind: 'city', unit: 'people', before: /\bpopulation\s+of\s+$/, after: new RegExp(String.raw`^\s+${NUMBER_VERB}\s+`) },
  { field: 'population', kind: 'city', unit: 'people', after: /^,?\s+(?:has|had|with|boasts)\s+(?:a\s+)?(?:total\s+)?population\s+of\s+/ },
  { field: 'population', kind: 'city', unit: 'people', needsUnit: true, after: /^,?\s+(?:(?:is|was)\s+)?(?:(?:a\s+(?:city|metropolis|megacity)\s+of)|home\s+to|has|had)\s+/ },
  { field: 'gdp', kind: 'city', unit: 'currency', after: new RegExp(String.raw`^['’]s\s+(?:total\s+|annual\s+|nominal\s+|\d{4}\s+)?(?:GDP|gross domestic product|economic output)\s+(?:(?:${NUMBER_VERB}|${GROWTH_TO})\s+)?(?:of\s+)?`) },
  { field: 'gdp', kind: 'city', unit: 'currency', before: /\b(?:GDP|gross domestic product|economic output)\s+of\s+$/, after: new RegExp(String.raw`^\s+${NUMBER_VERB}\s+`) },
  { field: 'gdp', kind: 'city', unit: 'currency', after: /^,?\s+(?:recorded|posted|reported|had|achieved|registered|generated)\s+(?:a\s+)?(?:total\s+)?(?:GDP|gross domestic product|economic output)\s+of\s+/ },
  { field: 'revenue', kind: 'company', unit: 'currency', after: new RegExp(String.raw`^['’]s\s+(?:annual\s+|total\s+|full-year\s+|yearly\s+|(?:fiscal\s+)?\d{4}\s+)?(?:revenue|revenues|turnover|sales)\s+(?:(?:${NUMBER_VERB}|${GROWTH_TO})\s+)?(?:of\s+)?`) },
  { field: 'revenue', kind: 'company', unit: 'currency', after: /^,?\s+(?:reported|posted|recorded|generated|had|booked|earned|achieved|made|logged)\s+(?:an?\s+)?(?:annual\s+|total\s+|full-year\s+|yearly\s+)?(?:revenue|revenues|turnover|sales)\s+of\s+/ },
  { field: 'employees', kind: 'company', unit: 'employees', needsUnit: true, peopleAre: 'employees', after: /^,?\s+(?:employs|employed|has|had|have)\s+/ },
  { field: 'employees', kind: 'company', unit: 'employees', needsUnit: true, after: /^['’]s\s+/ },
  { field: 'employees', kind: 'company', unit: 'employees', peopleAre: 'employees', after: /^,?\s+(?:has|had)\s+a\s+(?:total\s+|global\s+)?(?:workforce|staff|headcount)\s+of\s+/ },
  { field: 'employees', kind: 'company', unit: 'employees', peopleAre: 'employees', after: new RegExp(String.raw`^['’]s\s+(?:total\s+|global\s+)?(?:workforce|headcount|staff)\s+(?:${NUMBER_VERB}|numbered)\s+`) },
];

/** Words that say a figure counts something other than the dataset's figure. */
const OTHER_MEASURE: Readonly<Record<FigureField, RegExp>> = {
  population: /\b(?:registered|hukou|urban|metropolitan|metro|greater|floating|migrant|household|rural|districts?|working-age|elderly|aged|combined|region|province|students?|users|visitors|tourists)\b/i,
  gdp: /\b(?:per capita|per-capita|district|province|region|quarter|quarterly|first half|H1|months)\b/i,
  revenue: /\b(?:quarter|quarterly|Q[1-4]|half|H1|H2|first-half|months|monthly|segment|division|cloud|unit|subsidiary|GMV|gross merchandise|advertising|overseas|international)\b/i,
  employees: /\b(?:R&D|research|engineers|in China|overseas|abroad|factory|plant|campus|hired|hire|laid off|cut|cuts|layoffs)\b/i,
};

function readFigures(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  const figures = findFigures(ctx.s);
  const datesOutside = findDates(ctx.s).filter((d) => !overlaps(ctx.mentions, d) && !overlaps(figures, d));
  for (const r of ctx.refs) {
    for (const shape of SHAPES) {
      if (kindOfRef(r) !== shape.kind || (shape.before && !shape.before.test(ctx.s.slice(0, r.start)))) continue;
      const m = shape.after.exec(ctx.s.slice(r.end));
      if (!m) continue;
      let at = r.end + m[0].length;
      at += BOUND_WORDS.exec(ctx.s.slice(at))![0].length;
      const f = figures.find((x) => x.start === at);
      if (!f || OTHER_MEASURE[shape.field].test(ctx.s)) continue;
      if (!/^['’]s/.test(m[0]) && !shape.before && !isHead(ctx, r)) continue;
      const raw: RawFigure = shape.peopleAre && f.value.unit === 'people' ? { ...f.value, unit: shape.peopleAre } : f.value;
      if (shape.needsUnit && !raw.unit) continue;
      if (shape.unit === 'currency' ? !raw.unit || raw.unit === 'people' || raw.unit === 'employees' : !raw.unit && !raw.scaled && raw.value < 1000) continue;
      const years = new Set(datesOutside.map((d) => d.value.year));
      if (years.size > 1) continue;
      const year = years.size === 1 ? [...years][0] : undefined;
      const unit = shape.unit === 'currency' ? raw.unit! : shape.unit;
      const page = asFigure(raw, unit, year);
      if (page) out.push({ start: f.start, end: f.end, id: r.id, field: shape.field, page, anchor: { start: r.start, end: f.end } });
    }
  }
  return out;
}

// ---- the sentence loop ----------------------------------------------------------------------------

/** Which readers a sentence needs, by what it contains. */
function readSentence(ctx: Ctx, options: ReadOptions): Raw[] {
  const raws = [...readDates(ctx), ...readFounders(ctx), ...readHeadquarters(ctx), ...readListings(ctx), ...readPeriods(ctx), ...readDesignations(ctx, options.phrases ?? []), ...readFigures(ctx)];
  if (!raws.length) return [];
  const quotes = quoted(ctx.s);
  let verbs: ReturnType<SentenceParser> | undefined;
  // "If Jack Ma had founded Alibaba in 2001, …": a conditional sentence asserts nothing.
  if (CONDITIONAL_OPENING.test(ctx.s)) return [];
  const assertive = (raw: Raw): boolean => {
    // The stretch runs from the clause's start to the claim's end. Names are blanked first: "Five-Year
    // Plan" is no plan to do something, "May" no modal.
    const clauseStart = Math.max(0, ...[...ctx.s.slice(0, raw.anchor.start).matchAll(/[,;:–—]/g)].map((m) => m.index + 1));
    const from = Math.min(clauseStart, raw.anchor.start);
    let stretch = ctx.s.slice(from, raw.anchor.end);
    const base = from;
    for (const m of ctx.mentions) {
      const a = Math.max(m.start, base) - base;
      const b = Math.min(m.end, raw.anchor.end) - base;
      if (a < b) stretch = stretch.slice(0, a) + ' '.repeat(b - a) + stretch.slice(b);
    }
    if (UNASSERTIVE.test(stretch.replace(/\bMay\b/g, ''))) return false;
    // compromise reads the sentence once, up to the last claim's end (its cost grows with the text).
    verbs ??= options.parse(ctx.s.slice(0, Math.max(...raws.map((r) => r.anchor.end))));
    return !verbs.some((v) => v.start < raw.anchor.end && from < v.end && isUnassertive(v));
  };
  // A date or figure inside a name ("Made in China 2025") is part of the name; places and venues are names.
  const namesAreValues = (raw: Raw): boolean => raw.field === 'headquarters' || raw.field === 'listing';
  const kept = raws.filter((raw) => !inside(quotes, raw) && (namesAreValues(raw) || !overlaps(ctx.mentions, raw)) && assertive(raw));
  // One value, two entities: ambiguous, say nothing. The same claim found twice: keep one.
  const out: Raw[] = [];
  for (const raw of kept) {
    const same = kept.filter((o) => o.start === raw.start && o.end === raw.end);
    if (new Set(same.map((o) => o.id)).size > 1) continue;
    if (!out.some((o) => o.start === raw.start && o.end === raw.end && o.field === raw.field)) out.push(raw);
  }
  return out;
}

/** Claims in `text`, given the mentions the detector found in it; sorted by start. */
export function readClaims(text: string, mentions: readonly Mention[], options: ReadOptions): Claim[] {
  const out: Claim[] = [];
  const paragraphStarts: number[] = [];
  for (const sentence of sentences(text)) {
    paragraphStarts[sentence.paragraph] ??= sentence.start;
    const slice = text.slice(sentence.start, sentence.end);
    if (!CUE.test(slice)) continue;
    const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const anaphors = resolveAnaphora(text, sentence.start, sentence.end, paragraphStarts[sentence.paragraph]!, mentions);
    if (!inSentence.length && !anaphors.length) continue;
    const rel = <T extends Span>(x: T): T => ({ ...x, start: x.start - sentence.start, end: x.end - sentence.start });
    const refs: Referent[] = [...inSentence.map((m) => ({ start: m.start, end: m.end, id: m.id as EntityId, anaphor: false })), ...anaphors]
      .map(rel)
      .sort((a, b) => a.start - b.start);
    const ctx: Ctx = { s: slice, refs, mentions: inSentence.map(rel) };
    for (const raw of readSentence(ctx, options)) {
      const { anchor: _anchor, ...claim } = raw;
      out.push({ ...claim, start: claim.start + sentence.start, end: claim.end + sentence.start } as Claim);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
