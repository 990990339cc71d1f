/**
 * Detection help for pages: the compiled alias matcher, and part-of-speech tags for ambiguous
 * sentences. compromise and the matcher's compiler live here, in the worker, so the content script
 * (evaluated on every page) carries neither.
 */
import { entities } from '../data/index';
import { compileMatcher } from '../detect/matcher';
import { buildAliasTable } from '../detect/table';
import { compromiseTagger } from '../detect/tagger-compromise';
import { encodeWire, type Wire } from '../shared/json-wire';
import type { WireTaggedTerm } from '../shared/messages';

let matcherWire: Wire | undefined;

/** The alias matcher, compiled once per worker lifetime, as JSON for a page to revive. */
export const matcherForPages = (): Wire => (matcherWire ??= encodeWire(compileMatcher(buildAliasTable(entities))));

const MAX_SENTENCES = 500;
const MAX_SENTENCE_LENGTH = 2000;

export function tagSentences(sentences: readonly unknown[]): WireTaggedTerm[][] {
  if (!Array.isArray(sentences)) return [];
  return sentences.slice(0, MAX_SENTENCES).map((s) =>
    typeof s === 'string' && s.length <= MAX_SENTENCE_LENGTH
      ? compromiseTagger(s).map((t) => ({ start: t.start, end: t.end, text: t.text, tags: [...t.tags] }))
      : [],
  );
}
