import type { AmbiguityReason, EntityId, Kind } from '../data/schema';

/** One detected mention. Offsets are JS string indices (UTF-16 code units), end exclusive. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly id: EntityId;
  /** The text as it appears on the page, `text.slice(start, end)`. */
  readonly text: string;
}

export interface DetectOptions {
  /** Kinds to report; default all. */
  readonly kinds?: readonly Kind[];
  /**
   * Abbreviations the document defined before this text ("BRI" for the Belt and Road Initiative; null
   * for one it defined for something else), when a document is read in pieces (a page's paragraphs).
   * Those this text defines are added to it.
   */
  readonly abbreviations?: Map<string, EntityId | null>;
}

/** One surface form the matcher looks for, resolved to its entity. */
export interface AliasEntry {
  readonly id: EntityId;
  readonly kind: Kind;
  /** The alias as written in the dataset (original case). */
  readonly text: string;
  readonly needsContext?: AmbiguityReason;
  readonly exactCase?: boolean;
}

/** What the detector needs from a dataset: every entity with its matchable forms. */
export interface DetectEntity {
  readonly id: EntityId;
  readonly kind: Kind;
  readonly name: string;
  readonly names?: { readonly zh?: string; readonly zhHant?: string };
  readonly aliases: readonly (string | { readonly text: string; readonly needsContext?: AmbiguityReason; readonly exactCase?: boolean })[];
}

/** A matcher hit before context rules: where it is and which alias entries share its surface. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry: AliasEntry;
}

/** Verdict of the cheap rules on one candidate; `ask` defers to the tagger. */
export type Verdict = 'keep' | 'drop' | 'ask';

/** Part-of-speech view of one token, as the NLP tagger reports it. */
export interface TaggedTerm {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tags: ReadonlySet<string>;
}

/** Tags the terms of one sentence; offsets are relative to the sentence. */
export type Tagger = (sentence: string) => readonly TaggedTerm[];
