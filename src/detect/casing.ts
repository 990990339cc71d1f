/**
 * What the capitalisation of a sentence says. Capitals are the main clue that a word is a name, but
 * headlines capitalise every word and social posts none; in both, the clue carries no information.
 */

const WORD = /[A-Za-z][A-Za-z'\u2019-]*/g;
/** Short words headlines often leave in lower case ("as", "on", "with"); too short to count either way. */
const MIN_LENGTH = 4;

/** Title case: nearly every longer word starts with a capital ("Honor Launches Foldable as Huawei Spin-Off Gains Ground"). */
export function isHeadlineCase(sentence: string): boolean {
  const words = (sentence.match(WORD) ?? []).filter((w) => w.length >= MIN_LENGTH);
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return capitalised / words.length >= 0.85;
}

/** No capital letter at all: case is no sign of a common word ("the honor foldable i got"). */
export const isAllLowerCase = (sentence: string): boolean => /[a-z]/.test(sentence) && !/[A-Z]/.test(sentence);

/** A capitalised word inflected like a verb ("Launches", "Wins", "Returned"), not like a name ("Gregorius"). */
export const looksInflectedVerb = (word: string): boolean => /^[A-Z][a-z]+(?:[^su]s|ed)$/.test(word);
