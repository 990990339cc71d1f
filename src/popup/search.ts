/**
 * Finding any entity by English name, alias, Chinese name or pinyin. The index is built on first use
 * (first focus or keystroke), never before first paint.
 */
import { aliasText, KINDS, type Entity, type Kind } from '../data/schema';

interface Term {
  readonly text: string;
  /** The term as written, shown when it is not the entity's name ("Peking" for Beijing). */
  readonly label: string;
  readonly isName: boolean;
}
interface IndexEntry {
  readonly entity: Entity;
  readonly terms: readonly Term[];
}
export interface SearchHit {
  readonly entity: Entity;
  /** The alias that matched, when the match was not on the name itself. */
  readonly via?: string;
}
export interface SearchIndex {
  search(query: string, options?: { kind?: Kind; limit?: number; exclude?: ReadonlySet<string> }): SearchHit[];
}

/** Lowercase, without diacritics (pinyin tones) or punctuation that people type either way. */
export const normalize = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'.\-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function termsOf(entity: Entity): Term[] {
  const named = [entity.name, entity.names.zh, entity.names.zhHant, entity.names.pinyin];
  const terms: Term[] = named.flatMap((t) => (t ? [{ text: normalize(t), label: t, isName: true }] : []));
  if (entity.names.pinyin) terms.push({ text: normalize(entity.names.pinyin).replace(/ /g, ''), label: entity.names.pinyin, isName: true });
  for (const alias of entity.aliases) terms.push({ text: normalize(aliasText(alias)), label: aliasText(alias), isName: false });
  return terms.filter((t) => t.text);
}

/** Lower is better: exact, prefix, word prefix, substring; undefined when it does not match. */
function rank(term: string, query: string): number | undefined {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  if (term.includes(` ${query}`)) return 2;
  if (term.includes(query)) return 3;
  return undefined;
}

export function buildSearchIndex(entities: readonly Entity[]): SearchIndex {
  const index: IndexEntry[] = entities.map((entity) => ({ entity, terms: termsOf(entity) }));
  return {
    search(raw, { kind, limit = 8, exclude } = {}) {
      const query = normalize(raw);
      if (!query) return [];
      const scored: { hit: SearchHit; score: number }[] = [];
      for (const { entity, terms } of index) {
        if ((kind && entity.kind !== kind) || exclude?.has(entity.id)) continue;
        let best: { score: number; term: Term } | undefined;
        for (const term of terms) {
          const r = rank(term.text, query);
          if (r === undefined) continue;
          // A name beats an alias at the same rank.
          const score = r * 2 + (term.isName ? 0 : 1);
          if (!best || score < best.score) best = { score, term };
        }
        if (best) scored.push({ hit: { entity, via: best.term.isName ? undefined : best.term.label }, score: best.score });
      }
      // Equal matches: places before companies, policies and products (KINDS order), then the shorter name.
      const kindRank = (s: { hit: SearchHit }) => KINDS.indexOf(s.hit.entity.kind);
      scored.sort(
        (a, b) =>
          a.score - b.score ||
          kindRank(a) - kindRank(b) ||
          a.hit.entity.name.length - b.hit.entity.name.length ||
          a.hit.entity.name.localeCompare(b.hit.entity.name),
      );
      return scored.slice(0, limit).map((s) => s.hit);
    },
  };
}
