/**
 * People's names: reading a list of founders off a page, and matching a written name to the dataset's
 * founder entries. Chinese names come in either order and often with an English given name
 * ("Ma Huateng", "Pony Ma", "Robin Zeng (Zeng Yuqun)"), so a match compares sets of name words
 * against each written form of an entry, never a surname alone.
 */

const NAME = String.raw`[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}`;
const NAME_LIST = new RegExp(String.raw`^(${NAME}(?:\s*\([^)]{1,40}\))?(?:(?:\s*,\s*|\s*,?\s+and\s+)${NAME}(?:\s*\([^)]{1,40}\))?)*)`, 'u');
/** What after a list of names says it is not the whole list. */
const OPEN_TAIL = /^\s*(?:,?\s*(?:and|with|along\s+with|alongside|among\s+others|amongst\s+others|plus|together\s+with)\b|\s*\(\s*among)/i;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam|Mx)\.?$/;
const NOT_NAMES = /^(?:The|A|An|In|On|At|By|His|Her|Their|China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou)$/;

export interface NameList {
  readonly start: number;
  readonly end: number;
  readonly names: readonly string[];
  /** No "and others", "with his team", … after it. */
  readonly closed: boolean;
}

/** A list of personal names at the start of `text` ("Lei Jun and Lin Bin in 2010" -> two names). */
export function nameListAtStart(text: string): NameList | undefined {
  const m = NAME_LIST.exec(text);
  if (!m) return undefined;
  let list = m[1]!;
  const names = list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter(Boolean);
  for (const n of names) {
    // A full name is two to four words; "Mr Zeng" is a surname with a title, too little to match on.
    const words = n.replace(/\s*\([^)]*\)/, '').split(/\s+/);
    if (words.length < 2 || words.some((w) => NOT_NAMES.test(w)) || HONORIFIC.test(words[0]!)) return undefined;
  }
  list = list.trimEnd().replace(/\.$/, ''); // a sentence's full stop, not an initial
  return { start: 0, end: list.length, names, closed: !OPEN_TAIL.test(text.slice(list.length)) };
}

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);

/** Every written form of a dataset founder entry: "Robin Zeng (Zeng Yuqun)" gives both. */
function forms(entry: string): string[][] {
  const inner = /\(([^)]*)\)/.exec(entry)?.[1];
  const outer = entry.replace(/\s*\([^)]*\)/, '');
  return [outer, ...(inner ? [inner] : [])].map(words);
}

/** Pinyin given names are written joined or split ("Huateng", "Hua-teng"): compare joined. */
const key = (ws: readonly string[]): string => [...ws].sort().join(' ');
const joinedKey = (ws: readonly string[]): string => ws.join('');

export function sameName(written: string, entry: string): boolean {
  const w = words(written.replace(/\s*\([^)]*\)/, ''));
  const alsoWritten = /\(([^)]*)\)/.exec(written)?.[1];
  const candidates = [w, ...(alsoWritten ? [words(alsoWritten)] : [])];
  return candidates.some((c) =>
    forms(entry).some((f) => key(f) === key(c) || joinedKey(f) === joinedKey(c) || joinedKey([...f].reverse()) === joinedKey(c)),
  );
}
