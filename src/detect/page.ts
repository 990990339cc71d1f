/**
 * Entry for the content script: the fast path only. compromise is imported on demand, the first
 * time a candidate on the page needs its tags; a page without candidates never loads it.
 */
import { datasetDetector } from './dataset-detector';
import type { DetectOptions, Mention, Tagger } from './types';

export type { DetectOptions, Mention } from './types';

let tagger: Promise<Tagger> | undefined;
const loadTagger = (): Promise<Tagger> => (tagger ??= import('./tagger-compromise').then((m) => m.compromiseTagger));

/** Cheap check before any real work: false means the text names nothing in the dataset. */
export const hasCandidates = (text: string): boolean => datasetDetector.hasCandidates(text);

export const findMentionsAsync = (text: string, options?: DetectOptions): Promise<Mention[]> =>
  datasetDetector.findMentionsAsync(text, options, loadTagger);
