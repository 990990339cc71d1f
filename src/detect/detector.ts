/**
 * The detection pipeline, independent of any dataset and of any NLP library:
 * matcher candidates -> cheap context rules -> (only when asked) the tagger -> mentions.
 * The tagger is passed in, so the page can load it lazily and tests can stub it.
 */
import { answerFromTags, judgeAll, taggerQuestion, type ContextInput } from './context';
import { compileMatcher, findCandidates, hasCandidates, type Matcher } from './matcher';
import { buildAliasTable } from './table';
import { taggingWindow } from './text-window';
import type { Candidate, DetectEntity, DetectOptions, Mention, TaggedTerm, Tagger, Verdict } from './types';

interface Plan {
  readonly input: ContextInput;
  readonly candidates: readonly Candidate[];
  readonly verdicts: readonly Verdict[];
}

export interface Detector {
  hasCandidates(text: string): boolean;
  /** Matcher hits before any context rule (for benchmarks and debugging). */
  candidates(text: string): Candidate[];
  findMentions(text: string, options: DetectOptions | undefined, tagger: Tagger): Mention[];
  /** Like findMentions, but the tagger is loaded only when some candidate needs it. */
  findMentionsAsync(text: string, options: DetectOptions | undefined, loadTagger: () => Promise<Tagger>): Promise<Mention[]>;
  /**
   * Like findMentions, but the sentences that need tags go out in one batch (to a worker, say) and
   * only when some candidate asks. `tagBatch` returns one term list per sentence, offsets per sentence.
   */
  findMentionsBatched(text: string, options: DetectOptions | undefined, tagBatch: BatchTagger): Promise<Mention[]>;
}

export type BatchTagger = (sentences: readonly string[]) => Promise<readonly (readonly TaggedTerm[])[]>;

function plan(text: string, matcher: Matcher): Plan {
  const candidates = findCandidates(text, matcher);
  const anchors = candidates.filter((c) => !c.entry.needsContext);
  const input: ContextInput = {
    text,
    anchors,
    anchorIds: new Set(anchors.map((a) => a.entry.id)),
    lowercaseNames: matcher.table.lowercaseNames,
  };
  return { input, candidates, verdicts: judgeAll(candidates, input) };
}

const needsTagger = (p: Plan): boolean => p.verdicts.includes('ask');

/** The distinct sentences holding candidates that asked for tags. */
function sentencesToTag(p: Plan): string[] {
  const { text } = p.input;
  const out = new Set<string>();
  p.candidates.forEach((c, i) => {
    if (p.verdicts[i] !== 'ask') return;
    const s = taggingWindow(text, c.start, c.end);
    out.add(text.slice(s.start, s.end));
  });
  return [...out];
}

function settle(p: Plan, options: DetectOptions | undefined, tagger: Tagger | undefined): Mention[] {
  const { text } = p.input;
  const tagged = new Map<number, readonly TaggedTerm[]>();
  const tagsOf = (start: number, end: number, tag: Tagger): readonly TaggedTerm[] => {
    let terms = tagged.get(start);
    if (!terms) tagged.set(start, (terms = tag(text.slice(start, end))));
    return terms;
  };
  const kinds = options?.kinds ? new Set(options.kinds) : undefined;
  const out: Mention[] = [];
  p.candidates.forEach((c, i) => {
    let verdict = p.verdicts[i];
    if (verdict === 'ask') {
      const question = taggerQuestion(c, p.input);
      const s = taggingWindow(text, c.start, c.end);
      verdict = question && tagger ? answerFromTags(question, c, tagsOf(s.start, s.end, tagger), s.start) : 'keep';
    }
    if (verdict === 'keep' && (!kinds || kinds.has(c.entry.kind))) {
      out.push({ start: c.start, end: c.end, id: c.entry.id, text: c.text });
    }
  });
  return out;
}

/** A detector over `source` entities; the table and matcher are built on first use, once. */
export function createDetector(source: () => readonly DetectEntity[]): Detector {
  let matcher: Matcher | undefined;
  const get = (): Matcher => (matcher ??= compileMatcher(buildAliasTable(source())));
  return {
    hasCandidates: (text) => hasCandidates(text, get()),
    candidates: (text) => findCandidates(text, get()),
    findMentions: (text, options, tagger) => settle(plan(text, get()), options, tagger),
    async findMentionsAsync(text, options, loadTagger) {
      const p = plan(text, get());
      return settle(p, options, needsTagger(p) ? await loadTagger() : undefined);
    },
    async findMentionsBatched(text, options, tagBatch) {
      const p = plan(text, get());
      const sentences = sentencesToTag(p);
      if (!sentences.length) return settle(p, options, undefined);
      const tags = await tagBatch(sentences);
      const bySentence = new Map(sentences.map((s, i) => [s, tags[i] ?? []]));
      return settle(p, options, (sentence) => bySentence.get(sentence) ?? []);
    },
  };
}
