/** The part-of-speech tagger backed by compromise (evaluated on first use: ./compromise.ts). */
import { compromise } from './compromise';
import type { TaggedTerm, Tagger } from './types';

interface CompromiseTerm {
  readonly text: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

export const compromiseTagger: Tagger = (sentence) => {
  const sentences = compromise()(sentence).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  return sentences.flatMap((s) =>
    s.terms.map(
      (t): TaggedTerm => ({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        text: t.text,
        tags: new Set(t.tags),
      }),
    ),
  );
};
