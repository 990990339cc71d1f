/**
 * The alias table: every matchable surface form of every entity, keyed by its normalised form.
 * Built from any list of entities, so tests can use small synthetic tables.
 */
import type { Kind } from '../data/schema';
import { aliasKey, isCjk } from './normalize';
import { ordinalWord, splitOrdinal } from './ordinals';
import type { AliasEntry, DetectEntity } from './types';

export interface AliasTable {
  /** Normalised key -> entries sharing that surface (usually one). */
  readonly byKey: ReadonlyMap<string, readonly AliasEntry[]>;
  /** Surfaces matched at word boundaries (Latin script, digits). */
  readonly latin: readonly string[];
  /** Surfaces matched anywhere (Chinese script has no word boundaries). */
  readonly cjk: readonly string[];
  readonly kindOf: ReadonlyMap<string, Kind>;
  /** Entity ids whose display name is written in lower case ("vivo"): lower case is then no sign of a common word. */
  readonly lowercaseNames: ReadonlySet<string>;
  /** Entity ids whose name says China ("Made in China 2025", "Digital China"): no other country has them. */
  readonly chinaNamed: ReadonlySet<string>;
  /** Every Latin spelling of each entity's names and aliases, for "is this phrase that entity's name". */
  readonly spellingsOf: ReadonlyMap<string, readonly string[]>;
}

/** Quotation marks and brackets around a name are not part of it; inside it they are optional (see matcher). */
const cleanAlias = (text: string): string =>
  text
    .trim()
    .replace(/^["\u201c\u201d\u300c\u300e([\u2018']+|["\u201c\u201d\u300d\u300f)\]\u2019']+$/g, '')
    .trim();

function entityEntries(e: DetectEntity): AliasEntry[] {
  const base = { id: e.id, kind: e.kind };
  const aliases: AliasEntry[] = e.aliases.map((a) =>
    typeof a === 'string' ? { ...base, text: cleanAlias(a) } : { ...base, ...a, text: cleanAlias(a.text) },
  );
  // An alias spelled like the name with a spec (ambiguous, exact case) overrides the name's defaults.
  const specKeys = new Set(aliases.filter((a) => a.needsContext || a.exactCase).map((a) => aliasKey(a.text)));
  const names = [e.name, e.names?.zh, e.names?.zhHant]
    .filter((t): t is string => !!t && !specKeys.has(aliasKey(t)))
    .map((text) => ({ ...base, text }));
  return [...names, ...aliases];
}

/**
 * Ordinal forms: "14th Five-Year Plan" also as "fourteenth Five-Year Plan", and with the other
 * aliases of the entity its tail names ("14th FYP" when "FYP" names the Five-Year Plans).
 */
function ordinalVariants(entries: readonly AliasEntry[], byKey: Map<string, AliasEntry[]>): AliasEntry[] {
  const out: AliasEntry[] = [];
  for (const entry of entries) {
    const split = splitOrdinal(entry.text);
    if (!split) continue;
    const word = ordinalWord(split.n);
    const heads = [entry.text.slice(0, entry.text.length - split.rest.length).trim(), ...(word ? [word] : [])];
    const tailOwners = (byKey.get(aliasKey(split.rest)) ?? []).map((t) => t.id);
    const tails = new Set([split.rest]);
    for (const other of entries) {
      if (tailOwners.includes(other.id) && !isCjk(other.text[0] ?? '') && !splitOrdinal(other.text)) tails.add(other.text);
    }
    for (const head of heads) {
      for (const tail of tails) {
        out.push({
          id: entry.id,
          kind: entry.kind,
          text: `${head} ${tail}`,
          ...(entry.needsContext ? { needsContext: entry.needsContext } : {}),
        });
      }
    }
  }
  return out;
}

/** The words a programme's name may end with, each as writers interchange them. */
const PROGRAMME_WORDS = ['Plan', 'Program', 'Programme', 'Project', 'Initiative'];
const PROGRAMME_END = /\b(Plan|Program|Programme|Project|Initiative)(s?)$/i;

/**
 * A policy named "… Plan" is also written "… Program", "… Programme", "… Project" or "… Initiative" (the
 * 863 Program, the Torch Plan, the Thousand Talents Program): each form, unless another entity has it.
 */
function programmeVariants(entries: readonly AliasEntry[], byKey: ReadonlyMap<string, readonly AliasEntry[]>): AliasEntry[] {
  const out: AliasEntry[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'policy' || isCjk(entry.text[0] ?? '')) continue;
    const m = PROGRAMME_END.exec(entry.text);
    if (!m) continue;
    const stem = entry.text.slice(0, m.index);
    for (const word of PROGRAMME_WORDS) {
      const text = `${stem}${m[1] === m[1]!.toLowerCase() ? word.toLowerCase() : word}${m[2]}`;
      const taken = byKey.get(aliasKey(text));
      if (!taken || taken.every((t) => t.id === entry.id)) out.push({ ...entry, text });
    }
  }
  return out;
}

function spellings(entries: readonly AliasEntry[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) if (!isCjk(e.text[0] ?? '')) out.set(e.id, [...(out.get(e.id) ?? []), e.text]);
  return out;
}

export function buildAliasTable(entities: readonly DetectEntity[]): AliasTable {
  const byKey = new Map<string, AliasEntry[]>();
  const put = (entry: AliasEntry): void => {
    const key = aliasKey(entry.text);
    const list = byKey.get(key) ?? [];
    if (!list.some((x) => x.id === entry.id && x.text === entry.text && x.exactCase === entry.exactCase)) list.push(entry);
    byKey.set(key, list);
  };
  const named = entities.flatMap(entityEntries);
  named.forEach(put);
  const all = [...named, ...programmeVariants(named, byKey)];
  all.forEach(put);
  ordinalVariants(all, byKey).forEach(put);

  const latin: string[] = [];
  const cjk: string[] = [];
  for (const list of byKey.values()) {
    // Every spelling goes to the matcher: a key drops apostrophes, but the matcher only skips those
    // its alias has, so "Xiongan" alone would never find "Xiong'an".
    for (const text of new Set(list.map((e) => e.text.toLowerCase()))) (isCjk(text[0] ?? '') ? cjk : latin).push(text);
  }
  return {
    byKey,
    latin,
    cjk,
    kindOf: new Map(entities.map((e) => [e.id, e.kind])),
    lowercaseNames: new Set(entities.filter((e) => e.name === e.name.toLowerCase()).map((e) => e.id)),
    chinaNamed: new Set(entities.filter((e) => /\bChin(?:a|ese)\b/.test(e.name)).map((e) => e.id)),
    spellingsOf: spellings(all),
  };
}
