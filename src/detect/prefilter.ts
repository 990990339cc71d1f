/**
 * The page's first, cheapest question: could this text name anything at all? The contract lives here,
 * beside the matcher whose candidates it must never miss: `prefilterWords` derives, at build time, the
 * words every alias the matcher could match starts with, and `createPrefilter` asks a text for them on
 * the page. One-word aliases are looked up by word, longer ones by their first two words (any separator
 * between them), each allowing the glued-on "s" the matcher allows at an alias's end; Chinese-script
 * aliases by their first character.
 *
 * `createPrefilter` runs on every page, on code the engine has not optimised yet, so the work is left to
 * native string and set operations: per-word loops in script cost milliseconds on an ordinary article.
 * This module imports nothing, so the content script carries it alone; ./prefilter-words.ts derives
 * its table from the alias table at build time.
 */
export interface PrefilterWords {
  /** Lowercase one-word Latin aliases, each also with the glued-on "s" where the matcher allows one. */
  readonly single: readonly string[];
  /** One-word aliases that match only as written ("Ant", "BOE"): their spellings. */
  readonly exact: readonly string[];
  /** One-word aliases glued to what follows ("Internet+", "B站"): the lowercase word and that character. */
  readonly glued: readonly (readonly [word: string, next: string])[];
  /** The lowercase words of `exact` and `glued`: on a page without them, neither needs a closer look. */
  readonly closer: readonly string[];
  /** Longer Latin aliases: each first lowercase word, with the second words that follow it. */
  readonly pairs: readonly (readonly [first: string, seconds: readonly string[]])[];
  /** First characters of the Chinese-script aliases, escaped for a character class. */
  readonly cjkFirst: string;
}

/** Word characters as the matcher's \b sees them; everything else separates words. */
const NON_WORD = /[^a-z0-9_]+/;
/**
 * A word with a seam inside it, where a lower-case letter meets a capital or a letter meets a digit:
 * `textContent` joins adjacent blocks with nothing between them, so a heading "Shenzhen" before a
 * paragraph "The city…" reads "ShenzhenThe". Such words are also read in their parts.
 */
const GLUED = /[A-Za-z0-9]*(?:[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z])[A-Za-z0-9]*/g;
const SEAM = /(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/;

/** The text's words in lower case, glued words also in their parts. */
function wordsOf(text: string, lower: string): Set<string> {
  const words = new Set(lower.split(NON_WORD));
  for (const glued of text.match(GLUED) ?? []) for (const part of glued.split(SEAM)) words.add(part.toLowerCase());
  return words;
}

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

export function createPrefilter({ single, exact, glued, closer, pairs, cjkFirst }: PrefilterWords): (text: string) => boolean {
  const singles: WordSet = new Set(single);
  const closerWords: WordSet = new Set(closer);
  const seconds = new Map(pairs);
  const firsts: WordSet = new Set(seconds.keys());
  // The rarer question's expression is built on first need: most pages never ask it.
  let exactAt: RegExp | undefined;
  // V8 compiles a pattern on its first use, so creating this one costs nothing on pages without Chinese script.
  const cjk = cjkFirst === '' ? undefined : new RegExp(`[${cjkFirst}]`);

  const closerLook = (text: string, lower: string): boolean => {
    // Spellings are [A-Za-z0-9_]+ (see prefilterWords): no escaping needed.
    exactAt ??= new RegExp(`(?<![A-Za-z0-9_])(?:${exact.join('|') || '(?!)'})(?![A-Za-z0-9_])`);
    return exactAt.test(text) || glued.some(([word, next]) => lower.includes(word + next));
  };

  /** Whether a first word on the page stands right before one of its second words. */
  const pairSideBySide = (lower: string, words: WordSet): boolean => {
    const heads: string[] = [];
    for (const first of words.intersection ? words.intersection(firsts) : [...words].filter((word) => firsts.has(word))) {
      if (seconds.get(first)!.some((next) => words.has(next) || words.has(`${next}s`))) heads.push(first);
    }
    if (!heads.length) return false;
    // Both are [a-z0-9_]+ (see prefilterWords), so they need no escaping; the lookahead leaves the
    // next word free to start a pair of its own.
    const pairAt = new RegExp(`(?<![a-z0-9_])(${heads.join('|')})(?=[^a-z0-9_]+([a-z0-9_]+))`, 'g');
    for (const [, first, next] of lower.matchAll(pairAt)) {
      const nexts = seconds.get(first!)!;
      if (nexts.includes(next!) || (next!.length > 1 && next!.endsWith('s') && nexts.includes(next!.slice(0, -1)))) return true;
    }
    return false;
  };

  return (text) => {
    const lower = text.toLowerCase();
    const words: WordSet = wordsOf(text, lower);
    return (
      shareAny(singles, words) ||
      (shareAny(closerWords, words) && closerLook(text, lower)) ||
      (shareAny(firsts, words) && pairSideBySide(lower, words)) ||
      cjk?.test(text) === true
    );
  };
}
