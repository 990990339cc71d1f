/**
 * What the reader asks of an NLP parser: the verb groups of a sentence with their tense, auxiliary and
 * negation. compromise answers it (parser-compromise.ts); the interface keeps it swappable and lets the
 * extension load compromise lazily, in the service worker only, as the detector does.
 */

export interface VerbGroup {
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly negative: boolean;
  /** "PastTense", "PresentTense", "FutureTense", … as the parser names it. */
  readonly tense: string;
  /** "was", "will", "could be", … */
  readonly auxiliary: string;
}

export type SentenceParser = (sentence: string) => readonly VerbGroup[];

const MODAL = /\b(?:will|would|could|might|may|should|shall|must|can|going to|to)\b/i;

/**
 * A verb group that turns a statement into something else: negated ("was not founded"), future ("will
 * list"), modal or hypothetical ("could be founded", "would have listed").
 */
export const isUnassertive = (v: VerbGroup): boolean => v.negative || v.tense === 'FutureTense' || MODAL.test(v.auxiliary);
