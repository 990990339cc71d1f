/**
 * Entry for the content script: the fast path only. It imports neither the full dataset (the page
 * passes the detection fields it bundles) nor compromise, which is imported on demand the first time
 * a candidate on the page needs its tags; a page without candidates never loads it.
 */
import { createDetector, type BatchTagger } from './detector';
import type { DetectEntity, DetectOptions, Mention, Tagger } from './types';

export type { BatchTagger } from './detector';
export type { DetectEntity, DetectOptions, Mention, TaggedTerm } from './types';

let tagger: Promise<Tagger> | undefined;
const loadTagger = (): Promise<Tagger> => (tagger ??= import('./tagger-compromise').then((m) => m.compromiseTagger));

export interface PageDetector {
  /** Cheap check before any real work: false means the text names nothing in the dataset. */
  hasCandidates(text: string): boolean;
  /**
   * Mentions in `text`, sorted and non-overlapping. Sentences that need part-of-speech tags go to
   * `tagBatch` when given (e.g. the service worker, so the page never carries compromise); without
   * it, compromise is imported here, once, the first time a candidate needs it.
   */
  findMentions(text: string, options?: DetectOptions, tagBatch?: BatchTagger): Promise<Mention[]>;
}

/** A detector over `source` (called once, on first use) that loads compromise lazily. */
export function createPageDetector(source: () => readonly DetectEntity[]): PageDetector {
  const detector = createDetector(source);
  return {
    hasCandidates: (text) => detector.hasCandidates(text),
    findMentions: (text, options, tagBatch) =>
      tagBatch ? detector.findMentionsBatched(text, options, tagBatch) : detector.findMentionsAsync(text, options, loadTagger),
  };
}
