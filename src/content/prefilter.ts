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

const WORD = /[A-Za-z0-9_]+/g;

const withoutS = (word: string): string | undefined => (word.length > 1 && word.endsWith('s') ? word.slice(0, -1) : undefined);

export function createPrefilter({ single, pairs, cjkFirst }: PrefilterWords): (text: string) => boolean {
  const singles = new Set(single);
  const pairSet = new Set(pairs);
  const cjk = cjkFirst ? new RegExp(`[${cjkFirst.replace(/[\\\]^-]/g, '\\$&')}]`) : undefined;
  return (text) => {
    let previous = '';
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0].toLowerCase();
      const bare = withoutS(word);
      if (singles.has(word) || (bare && singles.has(bare))) return true;
      if (previous && (pairSet.has(`${previous} ${word}`) || (bare && pairSet.has(`${previous} ${bare}`)))) return true;
      previous = word;
    }
    return cjk ? cjk.test(text) : false;
  };
}
