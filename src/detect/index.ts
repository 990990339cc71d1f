/**
 * Synchronous detection, for the worker, the CLI and tests. compromise is reached through ./compromise.ts,
 * which the extension build turns into a function evaluated when a sentence first needs tags
 * (vite.config.ts, lazyCompromise).
 */
import { datasetDetector } from './dataset-detector';
import { compromiseTagger } from './tagger-compromise';
import type { DetectOptions, Mention } from './types';

export type { Candidate, DetectEntity, DetectOptions, Mention, Tagger } from './types';
export { createDetector, type Detector } from './detector';
export { compromiseTagger } from './tagger-compromise';

/** Mentions in `text`: sorted, non-overlapping, longest alias first, offsets in UTF-16 code units. */
export const findMentions = (text: string, options?: DetectOptions): Mention[] =>
  datasetDetector.findMentions(text, options, compromiseTagger);

export const hasCandidates = (text: string): boolean => datasetDetector.hasCandidates(text);
