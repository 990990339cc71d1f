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
  /** Lowercase one-word Latin aliases, each also with the glued-on "s". */
  readonly single: readonly string[];
  /** Longer Latin aliases: each first lowercase word, with the second words that follow it. */
  readonly pairs: Readonly<Record<string, readonly string[]>>;
  /** First characters of the Chinese-script aliases. */
  readonly cjkFirst: string;
}

/** Word characters as the matcher's \b sees them; everything else separates words. */
const NON_WORD = /[^a-z0-9_]+/;

type WordSet = ReadonlySet<string> & { isDisjointFrom?(other: ReadonlySet<string>): boolean };

/** Whether the two sets share a word (natively where the engine has the ES2025 set methods). */
function shareAny(a: WordSet, b: ReadonlySet<string>): boolean {
  if (a.isDisjointFrom) return !a.isDisjointFrom(b);
  for (const word of a) if (b.has(word)) return true;
  return false;
}

/** Whether `first` and `second` (or `second` + "s") stand next to each other as whole words. */
function adjacent(lower: string, first: string, second: string): boolean {
  // Both are [a-z0-9_]+ (see prefilterWords), so they need no escaping.
  return new RegExp(`(?<![a-z0-9_])${first}[^a-z0-9_]+${second}s?(?![a-z0-9_])`).test(lower);
}

export function createPrefilter({ single, pairs, cjkFirst }: PrefilterWords): (text: string) => boolean {
  const singles = new Set(single);
  const seconds = new Map(Object.entries(pairs));
  const firsts: WordSet = new Set(seconds.keys());
  const cjk = cjkFirst ? new RegExp(`[${cjkFirst.replace(/[\\\]^-]/g, '\\$&')}]`) : undefined;
  return (text) => {
    const lower = text.toLowerCase();
    const words = new Set(lower.split(NON_WORD));
    if (shareAny(singles, words)) return true;
    if (shareAny(firsts, words)) {
      for (const [first, nexts] of seconds) {
        if (!words.has(first)) continue;
        for (const second of nexts) {
          if ((words.has(second) || words.has(`${second}s`)) && adjacent(lower, first, second)) return true;
        }
      }
    }
    return cjk ? cjk.test(text) : false;
  };
}
