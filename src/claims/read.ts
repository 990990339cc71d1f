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
import type { EntityId } from '../data/schema';
import type { Mention } from '../detect/types';
import { resolveAnaphora, type Referent } from './anaphora';
import { inside, overlaps, type Ctx, type Raw } from './clause';
import { isUnassertive, type SentenceParser } from './grammar';
import { readDates } from './read-dates';
import { readFigures } from './read-figures';
import { readFounders } from './read-founders';
import { readHeadquarters } from './read-headquarters';
import { readListings } from './read-listings';
import { readDesignations, readPeriods, type DesignationPhrase } from './read-policies';
import { sentences, type Span } from './sentences';
import type { Claim } from './types';

export type { DesignationPhrase } from './read-policies';

export interface ReadOptions {
  readonly parse: SentenceParser;
  readonly phrases?: readonly DesignationPhrase[];
}

/** A sentence is read only when it has one of these (compromise is slow: see the README's figures). */
const CUE = /\d|\b(?:based|headquarter|founde|co-founde|listed|listing|public|debut|trading|IPO|float|set up|launch|establish)|年/i;

/** Words in the stretch of a claim that make it hypothetical, reported or hedged. */
const UNASSERTIVE =
  /\b(?:[Ii]f|[Uu]nless|whether|not|never|no longer|n't|expected|[Pp]lans?|planned|planning|aims?|intends?|hopes?|set to|poised|forecasts?|projected|targets?|rumou?red|[Rr]eportedly|[Aa]llegedly|[Ss]upposedly|might|may|could|would|will|should|shall|must|cannot|proposed|proposal|considering|mulling|seeks?|seeking)\b/;

const CONDITIONAL_OPENING = /^\W*(?:If|Unless|Had|Were|Should|Suppose|Imagine|Assuming|Whether)\b/;

/** Spans inside quotation marks: what is quoted is someone's word, not the page's. */
function quoted(s: string): Span[] {
  const out: Span[] = [];
  const re = /“[^”]*”|"[^"]*"|‘[^’]*’(?!\w)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Which readers a sentence needs, by what it contains. */
function readSentence(ctx: Ctx, options: ReadOptions): Raw[] {
  const raws = [
    ...readDates(ctx),
    ...readFounders(ctx),
    ...readHeadquarters(ctx),
    ...readListings(ctx),
    ...readPeriods(ctx),
    ...readDesignations(ctx, options.phrases ?? []),
    ...readFigures(ctx),
  ];
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
