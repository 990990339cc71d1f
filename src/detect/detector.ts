/**
 * The detection pipeline, independent of any dataset and of any NLP library:
 * matcher candidates -> cheap context rules -> (only when asked) the tagger -> mentions.
 * The tagger is passed in, so the page can load it lazily and tests can stub it.
 */
import { answerFromTags, judgeAll, taggerQuestion, type ContextInput } from './context';
import { coordinatedOrdinals, definedUses, findDefinitions, numberedPlans } from './document-names';
import { compileMatcher, findCandidates, hasCandidates, type Matcher } from './matcher';
import { buildAliasTable, type AliasTable } from './table';
import { taggingWindow } from './text-window';
import type { EntityId } from '../data/schema';
import type { Candidate, DetectEntity, DetectOptions, Mention, TaggedTerm, Tagger, Verdict } from './types';

interface Plan {
  readonly table: AliasTable;
  readonly input: ContextInput;
  readonly candidates: readonly Candidate[];
  readonly verdicts: readonly Verdict[];
}

export interface Detector {
  hasCandidates(text: string): boolean;
  /** Matcher hits before any context rule (for benchmarks and debugging). */
  candidates(text: string): Candidate[];
  findMentions(text: string, options: DetectOptions | undefined, tagger: Tagger): Mention[];
}

function plan(text: string, matcher: Matcher): Plan {
  const found = findCandidates(text, matcher);
  const more = [...coordinatedOrdinals(text, found, matcher.table), ...numberedPlans(text, found, matcher.table)];
  const candidates = more.length ? [...found, ...more].sort((a, b) => a.start - b.start) : found;
  const anchors = candidates.filter((c) => !c.entry.needsContext);
  const input: ContextInput = {
    text,
    anchors,
    anchorIds: new Set(anchors.map((a) => a.entry.id)),
    lowercaseNames: matcher.table.lowercaseNames,
    chinaNamed: matcher.table.chinaNamed,
  };
  return { table: matcher.table, input, candidates, verdicts: judgeAll(candidates, input) };
}

function settle(p: Plan, options: DetectOptions | undefined, tagger: Tagger | undefined): Mention[] {
  const { text } = p.input;
  const tagged = new Map<number, readonly TaggedTerm[]>();
  const tagsOf = (start: number, end: number, tag: Tagger): readonly TaggedTerm[] => {
    let terms = tagged.get(start);
    if (!terms) {
      terms = tag(text.slice(start, end));
      tagged.set(start, terms);
    }
    return terms;
  };
  const kinds = options?.kinds ? new Set(options.kinds) : undefined;
  const kept = p.candidates.filter((c, i) => {
    let verdict = p.verdicts[i];
    if (verdict === 'ask') {
      const question = taggerQuestion(c, p.input);
      const s = taggingWindow(text, c.start, c.end);
      verdict = question && tagger ? answerFromTags(question, c, tagsOf(s.start, s.end, tagger), s.start) : 'keep';
    }
    return verdict === 'keep';
  });
  return withDocumentNames(text, kept, p.table, options?.abbreviations)
    .filter((c) => !kinds || kinds.has(c.entry.kind))
    .map((c) => ({ start: c.start, end: c.end, id: c.entry.id, text: c.text }));
}

/**
 * The abbreviations the text defines: uses of ours become mentions, and a dataset alias the text
 * defines for something else is that thing's from its definition on.
 */
function withDocumentNames(text: string, kept: Candidate[], table: AliasTable, abbreviations?: Map<string, EntityId | null>): Candidate[] {
  if (!text.includes('(') && !abbreviations?.size) return kept;
  const definitions = findDefinitions(text, kept, table, abbreviations);
  if (!definitions.byAbbreviation.size) return kept;
  for (const [abbr, entry] of definitions.byAbbreviation) abbreviations?.set(abbr, entry?.id ?? null);
  const uses = definedUses(text, definitions);
  const remaining = kept.filter((c) => {
    // Defined here for something else: not ours from the definition on.
    if (definitions.byAbbreviation.has(c.text) && !definitions.byAbbreviation.get(c.text) && c.start >= (definitions.at.get(c.text) ?? 0))
      return false;
    // Inside a defined abbreviation ("HK" in "GD-HK-MO"), or the abbreviation itself: the use stands for it.
    return !uses.some((u) => u.start <= c.start && c.end <= u.end);
  });
  const added = uses.filter((u) => !remaining.some((c) => c.start < u.end && u.start < c.end));
  return added.length ? [...remaining, ...added].sort((a, b) => a.start - b.start) : remaining;
}

/** A detector over `source` entities; the table and matcher are built on first use, once. */
export function createDetector(source: () => readonly DetectEntity[]): Detector {
  let matcher: Matcher | undefined;
  const get = (): Matcher => (matcher ??= compileMatcher(buildAliasTable(source())));
  return {
    hasCandidates: (text) => hasCandidates(text, get()),
    candidates: (text) => findCandidates(text, get()),
    findMentions: (text, options, tagger) => settle(plan(text, get()), options, tagger),
  };
}
