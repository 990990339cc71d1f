/**
 * The fast path: one regular expression compiled from the alias table finds every candidate in
 * a single pass. Aliases are folded into a trie first, so the expression shares prefixes and fails
 * fast on text that names nothing; greedy optional branches make the longest alias win at a
 * position ("Alibaba Group Holding" over "Alibaba").
 */
import { APOSTROPHES, HYPHENS, aliasKey, caseKey, isCjk } from './normalize';
import type { AliasTable } from './table';
import type { AliasEntry, Candidate } from './types';

const SEP = ' ';
const APOS = "'";
const SEP_RE = `[\\s\\u00a0${HYPHENS}]{1,3}`;
const APOS_RE = `[${APOSTROPHES}]?`;
const WORD_CHAR = /[A-Za-z0-9_]/;
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
    else yield ch.toLowerCase();
  }
}

const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const atomPattern = (atom: string): string => (atom === SEP ? SEP_RE : atom === APOS ? APOS_RE : escapeChar(atom));

function buildTrie(aliases: readonly string[]): TrieNode {
  const root = newNode();
  for (const alias of aliases) {
    let node = root;
    for (const atom of atomsOf(alias)) {
      let next = node.children.get(atom);
      if (!next) node.children.set(atom, (next = newNode()));
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
  if (node.terminal) alternatives.push(node.endsWord ? '(?:\\b|(?=s\\b))' : '');
  if (alternatives.length <= 1) return alternatives[0] ?? '';
  return `(?:${alternatives.join('|')})`;
}

export interface Matcher {
  readonly table: AliasTable;
  /** Global, case-insensitive; never used concurrently (JS is single-threaded per realm). */
  readonly regex: RegExp;
}

export function compileMatcher(table: AliasTable): Matcher {
  const parts: string[] = [];
  if (table.latin.length) parts.push(`\\b${emit(buildTrie(table.latin))}`);
  if (table.cjk.length) parts.push(emit(buildTrie(table.cjk)));
  const source = parts.length ? parts.join('|') : '(?!)';
  return { table, regex: new RegExp(source, 'gi') };
}

/** The entry a hit stands for: exact-case aliases only on an exact-case hit; unambiguous ones first. */
function resolveEntry(entries: readonly AliasEntry[], surface: string): AliasEntry | undefined {
  const exact = entries.filter((e) => e.exactCase && caseKey(e.text) === caseKey(surface));
  const pool = exact.length ? exact : entries.filter((e) => !e.exactCase);
  return pool.find((e) => !e.needsContext) ?? pool[0];
}

/** Cheap pre-check for pages: true when the text holds anything the matcher could report. */
export function hasCandidates(text: string, matcher: Matcher): boolean {
  matcher.regex.lastIndex = 0;
  const found = matcher.regex.test(text);
  matcher.regex.lastIndex = 0;
  return found;
}

export function findCandidates(text: string, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  const { regex, table } = matcher;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const surface = m[0];
    const start = m.index;
    const end = start + surface.length;
    const gluedS = text[end] === 's' || text[end] === 'S';
    if (!isCjk(surface[0] ?? '') && (LATIN_OR_DIGIT.test(text[start - 1] ?? '') || (!gluedS && LATIN_OR_DIGIT.test(text[end] ?? '')))) {
      continue;
    }
    const entries = table.byKey.get(aliasKey(surface));
    const entry = entries && resolveEntry(entries, surface);
    // An ambiguous alias with a glued s is more likely the plain word ("ants", "Horizons").
    if (entry && !(gluedS && entry.needsContext)) out.push({ start, end, text: surface, entry });
  }
  regex.lastIndex = 0;
  return out;
}
