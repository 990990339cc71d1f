/**
 * The page's first, cheapest question: could this text name anything at all? It admits every text the
 * alias matcher could match, so the matcher, its tables and its regular expressions are only built
 * (in the worker) for text that needs them. One-word aliases are looked up by word, longer ones by
 * their first two words (any separator between them), each allowing the glued-on "s" the matcher
 * allows at an alias's end; Chinese-script aliases by their first character.
 *
 * It runs on every page, on code the engine has not optimised yet, so the work is left to native
 * string and set operations: per-word loops in script cost milliseconds on an ordinary article.
 */
export interface PrefilterWords {
  /** Lowercase one-word Latin aliases, each also with the glued-on "s" where the matcher allows one. */
  readonly single: readonly string[];
  /** One-word aliases that match only as written ("Ant", "BOE"): their spellings. */
  readonly exact: readonly string[];
  /** One-word aliases glued to what follows ("Internet+", "B站"): the lowercase word and that character. */
  readonly glued: readonly (readonly [word: string, next: string])[];
  /** Longer Latin aliases: each first lowercase word, with the second words that follow it. */
  readonly pairs: readonly (readonly [first: string, seconds: readonly string[]])[];
  /** First characters of the Chinese-script aliases. */
  readonly cjkFirst: string;
}

/** Word characters as the matcher's \b sees them; everything else separates words. */
const NON_WORD = /[^a-z0-9_]+/;

type WordSet = ReadonlySet<string> & {
  isDisjointFrom?(other: ReadonlySet<string>): boolean;
  intersection?(other: ReadonlySet<string>): Set<string>;
};

/** Whether the two sets share a word (natively where the engine has the ES2025 set methods). */
function shareAny(a: WordSet, b: ReadonlySet<string>): boolean {
  if (a.isDisjointFrom) return !a.isDisjointFrom(b);
  for (const word of a) if (b.has(word)) return true;
  return false;
}

function common(a: WordSet, b: ReadonlySet<string>): Iterable<string> {
  return a.intersection ? a.intersection(b) : [...a].filter((word) => b.has(word));
}

export function createPrefilter({ single, exact, glued, pairs, cjkFirst }: PrefilterWords): (text: string) => boolean {
  const singles = new Set(single);
  // Words of the aliases that need a closer look than a word lookup; the look is built on first need.
  const closer: WordSet = new Set([...exact.map((word) => word.toLowerCase()), ...glued.map(([word]) => word)]);
  let exactAt: RegExp | undefined;
  const closerLook = (text: string, lower: string): boolean => {
    // Spellings are [A-Za-z0-9_]+ (see prefilterWords): no escaping needed.
    exactAt ??= new RegExp(`(?<![A-Za-z0-9_])(?:${exact.join('|') || '(?!)'})(?![A-Za-z0-9_])`);
    return exactAt.test(text) || glued.some(([word, next]) => lower.includes(word + next));
  };
  const seconds = new Map(pairs);
  const firsts: WordSet = new Set(seconds.keys());
  const cjk = cjkFirst ? new RegExp(`[${cjkFirst.replace(/[\\\]^-]/g, '\\$&')}]`) : undefined;
  const follows = (first: string, next: string): boolean => {
    const nexts = seconds.get(first)!;
    return nexts.includes(next) || (next.length > 1 && next.endsWith('s') && nexts.includes(next.slice(0, -1)));
  };
  return (text) => {
    const lower = text.toLowerCase();
    const words = new Set(lower.split(NON_WORD));
    if (shareAny(singles, words)) return true;
    if (shareAny(closer, words) && closerLook(text, lower)) return true;
    // First words present with one of their second words somewhere: do any stand side by side?
    const heads = [...common(firsts, words)].filter((first) => seconds.get(first)!.some((next) => words.has(next) || words.has(`${next}s`)));
    if (heads.length) {
      // Both are [a-z0-9_]+ (see prefilterWords), so they need no escaping; the lookahead leaves the
      // next word free to start a pair of its own.
      const pairAt = new RegExp(`(?<![a-z0-9_])(${heads.join('|')})(?=[^a-z0-9_]+([a-z0-9_]+))`, 'g');
      for (const [, first, next] of lower.matchAll(pairAt)) if (follows(first!, next!)) return true;
    }
    return cjk ? cjk.test(text) : false;
  };
}
