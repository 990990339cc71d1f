/**
 * The page's first, cheapest question: could this text name anything at all? Word-set lookups that
 * admit every text the alias matcher could match, so the matcher, its tables and its regular
 * expressions are only built on pages that need them. One-word aliases are looked up by word,
 * longer ones by their first two words (any separator between them), each allowing the glued-on
 * "s" the matcher allows at an alias's end; Chinese-script aliases by their first character.
 */
export interface PrefilterWords {
  /** Lowercase one-word Latin aliases. */
  readonly single: readonly string[];
  /** First two lowercase words of longer Latin aliases, joined by a space. */
  readonly pairs: readonly string[];
  /** First characters of the Chinese-script aliases. */
  readonly cjkFirst: string;
}

/** Word characters as the matcher's \b sees them; everything else separates words. */
const NON_WORD = /[^a-z0-9_]+/;
const S = 115; // "s"

export function createPrefilter({ single, pairs, cjkFirst }: PrefilterWords): (text: string) => boolean {
  const singles = new Set(single);
  const pairSet = new Set(pairs);
  // Only words that begin a longer alias make a pair worth building.
  const pairHeads = new Set(pairs.map((p) => p.slice(0, p.indexOf(' '))));
  const cjk = cjkFirst ? new RegExp(`[${cjkFirst.replace(/[\\\]^-]/g, '\\$&')}]`) : undefined;
  return (text) => {
    // Native lower-casing and splitting leave the (cold, interpreted) loop only Set lookups; one big
    // alias regex would cost its compile on every page, which measured worse.
    const words = text.toLowerCase().split(NON_WORD);
    let previous = '';
    for (const word of words) {
      if (!word) continue;
      if (singles.has(word) || (previous && pairSet.has(`${previous} ${word}`))) return true;
      if (word.length > 1 && word.charCodeAt(word.length - 1) === S) {
        const bare = word.slice(0, -1);
        if (singles.has(bare) || (previous && pairSet.has(`${previous} ${bare}`))) return true;
      }
      previous = pairHeads.has(word) ? word : '';
    }
    return cjk ? cjk.test(text) : false;
  };
}
