/**
 * Names a text makes for itself, beyond the alias table:
 * - coordinated ordinals: "the thirteenth and fourteenth five-year plans", "the 11th, 12th and 13th
 *   FYPs" name each plan, though only the last carries the name;
 * - abbreviations the text defines: "the Belt and Road Initiative (BRI)", "Huaqiangbei (or "HQB")" make
 *   later "BRI" and "HQB" mentions of that entity, even where the dataset has no such alias; one defined
 *   for something else ("the Bank of England (BoE)") is that thing's in this text, whatever the dataset says.
 * Pure string work over the text and the matcher's candidates.
 */
import { CHINA_CUE } from './cues';
import { aliasKey } from './normalize';
import { escapeRegExp } from './regexp-literal';
import { neighbourhood } from './text-window';
import { ordinalWord, splitOrdinal } from './ordinals';
import { kindOf, type EntityId } from '../data/schema';
import type { AliasTable } from './table';
import type { AliasEntry, Candidate } from './types';

const ORDINAL_WORDS = new Map<string, number>();
for (let n = 1; n <= 30; n++) ORDINAL_WORDS.set(ordinalWord(n)!, n);

/** An ordinal as written ("13th", "thirteenth", "Thirteenth"), as its number. */
function ordinalValue(word: string): number | undefined {
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(word);
  return digits ? Number(digits[1]) : ORDINAL_WORDS.get(word.toLowerCase());
}

const ORDINAL = '(\\d{1,2}(?:st|nd|rd|th)|[A-Za-z]+(?:-[a-z]+)?)';
/** The ordinal before a coordination that leads to a candidate: "thirteenth and ", "11th, ", "12th to the ". */
const COORDINATED_BEFORE = new RegExp(
  `\\b${ORDINAL}\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|to|through)\\s+|\\s*[&\\-\\u2013\\u2014/]\\s*)(?:the\\s+)?$`,
  'i',
);

/** The candidate's ordinal head and the rest of its name: "fourteenth five-year plans" -> 14, "five-year plans". */
function ordinalHead(c: Candidate): { n: number; rest: string } | undefined {
  const digits = splitOrdinal(c.text);
  if (digits) return digits;
  const space = c.text.search(/[\s\u00a0]/);
  if (space < 0) return undefined;
  const n = ordinalValue(c.text.slice(0, space));
  return n === undefined ? undefined : { n, rest: c.text.slice(space + 1) };
}

/** The alias entry for "<n>th <rest>", when the table has one (the 13th plan has its own entity). */
function entryFor(table: AliasTable, n: number, rest: string): AliasEntry | undefined {
  // "thirteenth and fourteenth five-year plans": each is one plan.
  const rests = rest.endsWith('s') ? [rest, rest.slice(0, -1)] : [rest];
  const forms = rests.flatMap((r) => [`${n}th ${r}`, `${n}st ${r}`, `${n}nd ${r}`, `${n}rd ${r}`, `${ordinalWord(n)} ${r}`]);
  for (const form of forms) {
    const found = table.byKey.get(aliasKey(form));
    if (found?.length && found.every((e) => e.id === found[0]!.id)) return found[0];
  }
  return undefined;
}

/** Candidates for the ordinals coordinated before a numbered name ("thirteenth" in "thirteenth and fourteenth plans"). */
export function coordinatedOrdinals(text: string, candidates: readonly Candidate[], table: AliasTable): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const head = ordinalHead(c);
    if (!head) continue;
    let end = c.start;
    for (let m = COORDINATED_BEFORE.exec(text.slice(Math.max(0, end - 60), end)); m; ) {
      const n = ordinalValue(m[1]!);
      if (n === undefined) break;
      const entry = entryFor(table, n, head.rest);
      if (!entry) break;
      const start = end - m[0].length;
      out.push({ start, end: start + m[1]!.length, text: m[1]!, entry: { ...entry, needsContext: undefined } });
      end = start;
      m = COORDINATED_BEFORE.exec(text.slice(Math.max(0, end - 60), end));
    }
  }
  return out;
}

/** The first year of China's nth five-year plan: 1953 for the first, and after the 1963-65 break 1966 for the third. */
const chinaPlanStart = (n: number): number => (n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3));

const NUMBERED_PLAN = new RegExp(`\\b${ORDINAL}\\s+Plan\\b`, 'g');

/**
 * "China's 12th Plan", "the Thirteenth Plan": a numbered plan named by its number alone. It is a
 * five-year plan (the numbered one where the dataset has it) that still needs context: the blockers
 * leave India's or Malaysia's to them.
 */
export function numberedPlans(text: string, candidates: readonly Candidate[], table: AliasTable): Candidate[] {
  if (!text.includes('Plan')) return [];
  const general = (table.byKey.get('five year plan') ?? []).find((e) => e.kind === 'policy');
  if (!general) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBERED_PLAN)) {
    const n = ordinalValue(m[1]!);
    if (n === undefined) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (candidates.some((c) => c.start < end && start < c.end)) continue;
    // Only where China is in view, and not when the years given are not China's nth plan's.
    const win = neighbourhood(text, start, end);
    if (!CHINA_CUE.test(text.slice(win.start, win.end))) continue;
    const years = /^\s*\(?\s*(\d{4})\s*[-\u2013\u2014]/.exec(text.slice(end, end + 12));
    if (years && Number(years[1]) !== chinaPlanStart(n)) continue;
    const entry = entryFor(table, n, 'Five-Year Plan') ?? general;
    out.push({ start, end, text: m[0], entry: { ...entry, text: m[0], needsContext: 'other-entity' } });
  }
  return out;
}

/**
 * An abbreviation as writers make them: at least two capitals, few lower-case letters, maybe digits and
 * joiners ("BRI", "MIC 2025", "GD-HK-MO", "BoE"); not a reference such as "No.28".
 */
function isAbbreviation(word: string): boolean {
  const capitals = word.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 && word.replace(/[^a-z]/g, '').length <= 2 && word.length <= 12 && !/^No\./.test(word);
}
const PARENTHESIS = /\(([^()]{1,160})\)/g;
const QUOTED_OR_BARE = /["\u201c\u2018']?([A-Z][A-Za-z0-9&.-]*(?: \d{2,4})?)["\u201d\u2019']?/g;

export interface Definitions {
  /** Abbreviation as written -> the entity it names here, or null: it names something else here. */
  readonly byAbbreviation: ReadonlyMap<string, AliasEntry | null>;
  /** Where each definition stands: uses before it are not affected. */
  readonly at: ReadonlyMap<string, number>;
}

/**
 * The abbreviations `text` defines in parentheses: for one of our entities when its name ends right
 * before the parenthesis ("Belt and Road Initiative (BRI)", "Huaqiangbei ("Huaqiang North" or "HQB")"),
 * for something else when another capitalised name does ("the Bank of England (BoE)").
 */
export function findDefinitions(
  text: string,
  kept: readonly Candidate[],
  table: AliasTable,
  earlier: ReadonlyMap<string, EntityId | null> = new Map(),
): Definitions {
  const byAbbreviation = new Map<string, AliasEntry | null>();
  const at = new Map<string, number>();
  // Defined earlier in the document: in force from the start of this text.
  for (const [abbr, id] of earlier) {
    byAbbreviation.set(abbr, id ? { id, kind: kindOf(id), text: abbr, exactCase: true } : null);
    at.set(abbr, 0);
  }
  for (const m of text.matchAll(PARENTHESIS)) {
    const open = m.index!;
    const before = text.slice(Math.max(0, open - 80), open).replace(/\s+$/, '');
    // A name right before the parenthesis, legal form's full stop and all ("… International Corp. (SMIC)").
    const named = kept.find((c) => c.end >= open - 3 && c.end <= open && /^[\s.,]*$/.test(text.slice(c.end, open)));
    const otherName = !named && /[A-Z][\w'\u2019&.-]*$/.test(before);
    if (!named && !otherName) continue;
    for (const q of m[1]!.matchAll(QUOTED_OR_BARE)) {
      const abbr = q[1]!;
      if (!isAbbreviation(abbr)) continue;
      // "Beijing Automotive Industry Holding Co. (BAIC)": the phrase is one of our entity's own names.
      if (!named && ownersNamedIn(table, abbr, before)) continue;
      if (named && aliasKey(abbr) === aliasKey(named.text)) continue;
      // A text's own definition replaces one from earlier in the document.
      if (!byAbbreviation.has(abbr) || (earlier.has(abbr) && at.get(abbr) === 0)) {
        byAbbreviation.set(abbr, named ? { ...named.entry, text: abbr, needsContext: undefined, exactCase: true } : null);
        at.set(abbr, open);
      }
    }
  }
  return { byAbbreviation, at };
}

/** Whether the phrase before a definition shares a significant word with a name of an entity the abbreviation is ours for. */
function ownersNamedIn(table: AliasTable, abbr: string, phrase: string): boolean {
  const owners = new Set((table.byKey.get(aliasKey(abbr)) ?? []).map((e) => e.id));
  const words = new Set(phrase.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  for (const id of owners) {
    for (const spelling of table.spellingsOf.get(id) ?? []) {
      if (
        (spelling.toLowerCase().match(/[a-z]{4,}/g) ?? []).some(
          (w) => words.has(w) && !/^(?:group|company|holdings?|limited|corporation|technology|international)$/.test(w),
        )
      )
        return true;
    }
  }
  return false;
}

/**
 * The uses of the abbreviations defined for our entities, as candidates, the definition's own included
 * (it names the entity too: "BRI" in "(BRI)"); a shorter alias inside one ("HK" in "GD-HK-MO") is part of it.
 */
export function definedUses(text: string, definitions: Definitions): Candidate[] {
  const out: Candidate[] = [];
  for (const [abbr, entry] of definitions.byAbbreviation) {
    if (!entry) continue;
    const from = definitions.at.get(abbr) ?? 0;
    const use = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(abbr)}(?![A-Za-z0-9])`, 'g');
    use.lastIndex = from;
    for (let m = use.exec(text); m; m = use.exec(text)) {
      const start = m.index;
      out.push({ start, end: start + abbr.length, text: abbr, entry });
    }
  }
  return out;
}
