/**
 * Part-of-speech tags for the page's ambiguous sentences. compromise lives here, in the worker, so the
 * content script (evaluated on every page) never carries it.
 */
import { compromiseTagger } from '../detect/tagger-compromise';
import type { WireTaggedTerm } from '../shared/messages';

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
