/**
 * The prefilter's table, derived at build time from the same alias table the matcher compiles
 * (./table.ts), so the page's word check (./prefilter.ts) admits every text the matcher could match.
 */
import { APOSTROPHES, HYPHENS, QUOTES, aliasKey, caseKey } from './normalize';
import type { PrefilterWords } from './prefilter';
import { buildAliasTable } from './table';
import type { DetectEntity } from './types';

/** Apostrophes as the matcher skips them (./normalize.ts): an alias is also read without them. */
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

/** What may follow a one-word alias in the matcher's reading and still leave it one word. */
const SEPARATOR_OR_MARK = new RegExp(`[\\s\\u00a0${HYPHENS}${APOSTROPHES}${QUOTES}]`);

/**
 * Each Latin alias as the prefilter sees it: a longer one by its first two words (with and without
 * apostrophes, as the matcher reads it), a one-word alias by its word, except where the matcher asks
 * for more than the word, which the prefilter then asks for too:
 * - an alias glued to what follows ("Internet+", "B站") by the word and that character: "AI" and
 *   "internet" alone are on half the web;
 * - an alias that matches only as written ("Ant", "BOE") by its exact spelling;
 * - an alias that needs context takes no glued-on "s", which the matcher refuses it ("ants").
 * Aliases that do not start with a word character are never matched, so they are left out.
 */
export function prefilterWords(source: readonly DetectEntity[]): PrefilterWords {
  const table = buildAliasTable(source);
  const single = new Set<string>();
  const exact = new Set<string>();
  const glued = new Map<string, [word: string, next: string]>();
  const pairs = new Map<string, Set<string>>();
  for (const alias of table.latin) {
    const entries = table.byKey.get(aliasKey(alias)) ?? [];
    const plural = entries.some((e) => !e.needsContext);
    // The matcher takes a glued-on "s" in either case ("CATLs", "CATLS"); lowercase words cover both.
    const withS = (word: string) => (plural ? [word, `${word}s`] : [word]);
    const spelledWithS = (word: string) => (plural ? [word, `${word}s`, `${word}S`] : [word]);
    const trimmed = alias.trim();
    for (const form of [trimmed, trimmed.replace(APOSTROPHE, '')]) {
      if (!/^[A-Za-z0-9_]/.test(form)) continue;
      const words = (form.match(/[A-Za-z0-9_]+/g) ?? []).map((w) => w.toLowerCase());
      if (words.length > 1) {
        const seconds = pairs.get(words[0]!) ?? new Set<string>();
        pairs.set(words[0]!, seconds.add(words[1]!));
        continue;
      }
      const word = words[0]!;
      const next = form.charAt(word.length);
      if (next && !SEPARATOR_OR_MARK.test(next)) glued.set(`${word}${next}`, [word, next.toLowerCase()]);
      else {
        const spellings = entries.every((e) => e.exactCase) ? entries.flatMap((e) => spelledWithS(caseKey(e.text))) : [];
        if (spellings.length && spellings.every((w) => /^[A-Za-z0-9_]+$/.test(w))) for (const w of spellings) exact.add(w);
        else for (const w of withS(word)) single.add(w);
      }
    }
  }
  const cjkFirst = [...new Set(table.cjk.map((alias) => alias[0]!))].join('').replace(/[\\\]^-]/g, '\\$&');
  // A pair whose first word is a single word of its own adds nothing: that word alone admits the text.
  const sortedPairs = [...pairs.keys()]
    .filter((first) => !single.has(first))
    .sort()
    .map((first) => [first, [...pairs.get(first)!].sort()] as const);
  const sortedGlued = [...glued.keys()].sort().map((key) => glued.get(key)!);
  const closer = new Set([...[...exact].map((word) => word.toLowerCase()), ...sortedGlued.map(([word]) => word)]);
  return {
    single: [...single].sort(),
    exact: [...exact].sort(),
    glued: sortedGlued,
    closer: [...closer].sort(),
    pairs: sortedPairs,
    cjkFirst,
  };
}
