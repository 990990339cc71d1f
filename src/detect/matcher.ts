/**
 * The fast path. A flat alternation of the aliases' first words finds places worth a look in one
 * pass (V8 runs plain literal alternations near memory speed, but not ones with character classes);
 * at each such place a sticky trie of the full aliases, with fuzzy separators and apostrophes,
 * decides. Greedy optional branches make the longest alias win ("Alibaba Group Holding" over
 * "Alibaba"). Chinese-script aliases get their own literal pass, only on text that has such script.
 */
import { APOSTROPHES, HYPHENS, QUOTES, aliasKey, caseKey, isCjk } from './normalize';
import { escapeRegExp } from './regexp-literal';
import type { AliasTable } from './table';
import type { AliasEntry, Candidate } from './types';

const SEP = ' ';
const APOS = "'";
const SEP_RE = `[\\s\\u00a0${HYPHENS}]{1,3}`;
const APOS_RE = `[${APOSTROPHES}]?`;
const QUOTE = '"';
const QUOTE_RE = `[${QUOTES}]?`;
const WORD_CHAR = /[A-Za-z0-9_]/;
/** End of a word, or of a word carrying a glued-on s (see toCandidate). */
const END = '(?:\\b|(?=s\\b))';
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  terminal: boolean;
  endsWord: boolean;
}

const newNode = (): TrieNode => ({ children: new Map(), terminal: false, endsWord: false });

function atomsOf(alias: string): string[] {
  const atoms: string[] = [];
  for (const ch of aliasAtoms(alias)) {
    if (ch === SEP && atoms[atoms.length - 1] === SEP) continue;
    atoms.push(ch);
  }
  return atoms;
}

function* aliasAtoms(alias: string): Generator<string> {
  for (const ch of alias.trim()) {
    if (/[\s\u00a0\-\u2010-\u2014\u2212]/.test(ch)) yield SEP;
    else if (/['\u2018\u2019\u02BC`]/.test(ch)) yield APOS;
    else if (/["\u201c\u201d\u300c-\u300f]/.test(ch)) yield QUOTE;
    else yield ch.toLowerCase();
  }
}

const atomPattern = (atom: string): string =>
  atom === SEP ? SEP_RE : atom === APOS ? APOS_RE : atom === QUOTE ? QUOTE_RE : escapeRegExp(atom);

function buildTrie(aliases: readonly string[]): TrieNode {
  const root = newNode();
  for (const alias of aliases) {
    let node = root;
    for (const atom of atomsOf(alias)) {
      let next = node.children.get(atom);
      if (!next) {
        next = newNode();
        node.children.set(atom, next);
      }
      node = next;
    }
    node.terminal = true;
    node.endsWord = WORD_CHAR.test(alias.trim().slice(-1));
  }
  return root;
}

function emit(node: TrieNode): string {
  const alternatives = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([atom, child]) => atomPattern(atom) + emit(child));
  // The end of an alias comes last so that the longer alias is tried first.
  // A letter-final alias may carry an "s" the writer glued on: possessives that lost their apostrophe
  // ("the Stone Groups head office") and plurals; the s stays outside the mention.
  if (node.terminal) alternatives.push(node.endsWord ? END : '');
  if (alternatives.length <= 1) return alternatives[0] ?? '';
  return `(?:${alternatives.join('|')})`;
}

/** A sticky trie per key, compiled on first use: a worker's first page meets few of the thousand heads. */
export interface TrieLookup {
  get(key: string): RegExp | undefined;
}

function lazyTries(aliasesByKey: ReadonlyMap<string, readonly string[]>): TrieLookup {
  const built = new Map<string, RegExp>();
  return {
    get(key) {
      const known = built.get(key);
      if (known) return known;
      const aliases = aliasesByKey.get(key);
      if (!aliases) return undefined;
      const trie = new RegExp(emit(buildTrie(aliases)), 'iy');
      built.set(key, trie);
      return trie;
    },
  };
}

export interface Matcher {
  readonly table: AliasTable;
  /** Whole first words of Latin aliases, as one flat literal alternation: V8 scans these at ~450 MB/s. */
  readonly heads: RegExp;
  /**
   * Per first word, the Latin aliases that start with it, as a small sticky trie with fuzzy
   * separators, tried only where that word matched. (One trie of all aliases would be too large
   * for V8 to compile natively and runs many times slower.)
   */
  readonly byHead: TrieLookup;
  /** Any first character of a Chinese-script alias; scanned only in text that holds such script. */
  readonly cjkFirst: RegExp | undefined;
  /** Per first character, the Chinese-script aliases starting with it, as a sticky trie (longest wins). */
  readonly cjkByFirst: TrieLookup;
  /** Surface -> resolved entry (null: no entry applies), filled as text is scanned. */
  readonly memo: Map<string, AliasEntry | null>;
}

const LEADING_WORD = /^[A-Za-z0-9_]+/;
const ANY_CJK = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * The word an alias starts with ("Alibaba" for "Alibaba Group", "Xi" and "Xian" for "Xi'an").
 * Aliases that start with anything else get none.
 */
function headsOf(alias: string): string[] {
  const trimmed = alias.trim();
  const plain = trimmed.replace(/['\u2018\u2019\u02BC`]/g, '');
  return [LEADING_WORD.exec(trimmed)?.[0], LEADING_WORD.exec(plain)?.[0]].filter((h): h is string => !!h).map((h) => h.toLowerCase());
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

export function compileMatcher(table: AliasTable): Matcher {
  const aliasesByHead = new Map<string, string[]>();
  for (const alias of table.latin) {
    // An alias that starts with neither a letter nor a digit has no head and is never found; the
    // table strips quotes and brackets, so only oddities are lost, and a page never fails on data.
    for (const head of headsOf(alias)) aliasesByHead.set(head, [...(aliasesByHead.get(head) ?? []), alias]);
  }
  const heads = [...aliasesByHead.keys()];
  const cjkByFirst = new Map<string, string[]>();
  for (const alias of table.cjk) cjkByFirst.set(alias[0]!, [...(cjkByFirst.get(alias[0]!) ?? []), alias]);
  return {
    table,
    // Boundaries stay outside the group: inside the alternatives they cost V8 its literal fast path.
    heads: new RegExp(heads.length ? `\\b(?:${heads.sort(byLengthDesc).map(escapeRegExp).join('|')})${END}` : '(?!)', 'gi'),
    byHead: lazyTries(aliasesByHead),
    cjkFirst: cjkByFirst.size ? new RegExp(`[${[...cjkByFirst.keys()].map(escapeRegExp).join('')}]`, 'g') : undefined,
    cjkByFirst: lazyTries(cjkByFirst),
    memo: new Map(),
  };
}

/** Lower case with one kind of apostrophe: "Xian" and "Xi’an" share a key but are different spellings. */
const spelling = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/["\u201c\u201d\u300c-\u300f]/g, '')
    .replace(/[\s\u00a0\-\u2010-\u2014\u2212]+/g, ' ');

/**
 * The entry a hit stands for: exact-case aliases only on an exact-case hit; then the entry spelled
 * like the hit ("Xian" the name, not "Xi'an" the city); then unambiguous entries first.
 */
function resolveEntry(entries: readonly AliasEntry[], surface: string): AliasEntry | undefined {
  const exact = entries.filter((e) => e.exactCase && caseKey(e.text) === caseKey(surface));
  const pool = exact.length ? exact : entries.filter((e) => !e.exactCase);
  const spelled = pool.filter((e) => spelling(e.text) === spelling(surface));
  const best = spelled.length ? spelled : pool;
  return best.find((e) => !e.needsContext) ?? best[0];
}

/** Cheap pre-check for pages: true when the text holds anything the matcher could report. */
export function hasCandidates(text: string, matcher: Matcher): boolean {
  matcher.heads.lastIndex = 0;
  const found = matcher.heads.test(text) || cjkCandidates(text, matcher).length > 0;
  matcher.heads.lastIndex = 0;
  return found;
}

/** A letter or digit of Latin script next to a hit means the hit is inside a longer word ("Zürich", "naïve"). */
function latinNeighbour(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return LATIN_OR_DIGIT.test(ch);
}

/** The same surface always resolves the same way; pages repeat names, so remember (a bounded number of) them. */
const MEMO_LIMIT = 20_000;

function entryFor(surface: string, table: AliasTable, memo: Map<string, AliasEntry | null>): AliasEntry | undefined {
  let entry = memo.get(surface);
  if (entry === undefined) {
    const entries = table.byKey.get(aliasKey(surface));
    entry = (entries && resolveEntry(entries, surface)) ?? null;
    if (memo.size < MEMO_LIMIT) memo.set(surface, entry);
  }
  return entry ?? undefined;
}

function toCandidate(text: string, start: number, surface: string, matcher: Matcher): Candidate | undefined {
  const end = start + surface.length;
  const gluedS = text[end] === 's' || text[end] === 'S';
  if (!isCjk(surface[0] ?? '') && (latinNeighbour(text[start - 1]) || (!gluedS && latinNeighbour(text[end])))) {
    return undefined;
  }
  const entry = entryFor(surface, matcher.table, matcher.memo);
  // An ambiguous alias with a glued s is more likely the plain word ("ants", "Horizons").
  return entry && !(gluedS && entry.needsContext) ? { start, end, text: surface, entry } : undefined;
}

function latinCandidates(text: string, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  const { heads, byHead } = matcher;
  let from = 0;
  for (;;) {
    heads.lastIndex = from;
    const head = heads.exec(text);
    if (!head) break;
    const full = byHead.get(head[0].toLowerCase());
    let hit: RegExpExecArray | null = null;
    if (full) {
      full.lastIndex = head.index;
      hit = full.exec(text);
    }
    const candidate = hit && toCandidate(text, head.index, hit[0], matcher);
    if (candidate) out.push(candidate);
    from = hit ? head.index + hit[0].length : head.index + 1;
  }
  heads.lastIndex = 0;
  return out;
}

function cjkCandidates(text: string, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  const { cjkFirst, cjkByFirst } = matcher;
  if (!cjkFirst || !ANY_CJK.test(text)) return out;
  let from = 0;
  for (;;) {
    cjkFirst.lastIndex = from;
    const first = cjkFirst.exec(text);
    if (!first) break;
    const trie = cjkByFirst.get(first[0])!;
    trie.lastIndex = first.index;
    const hit = trie.exec(text);
    const candidate = hit && toCandidate(text, first.index, hit[0], matcher);
    if (candidate) out.push(candidate);
    from = hit ? first.index + hit[0].length : first.index + 1;
  }
  cjkFirst.lastIndex = 0;
  return out;
}

/** Candidates in text order, without overlaps (a Latin alias may hold Chinese characters: "TCL科技"). */
export function findCandidates(text: string, matcher: Matcher): Candidate[] {
  const latin = latinCandidates(text, matcher);
  const cjk = cjkCandidates(text, matcher);
  if (!cjk.length) return latin;
  const merged = [...latin, ...cjk].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of merged) if (!out.length || c.start >= out[out.length - 1]!.end) out.push(c);
  return out;
}
