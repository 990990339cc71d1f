/**
 * Fact-check hints, the engine: read the claims a text makes about the entities it mentions and judge
 * them against the dataset. Synchronous, for Node, the CLI and tests (compromise imported statically);
 * the extension's service worker can build the same from ./read and ./judge with a lazily loaded parser.
 */
import { entities, getEntity } from '../data/index';
import type { Entity, EntityId } from '../data/schema';
import { findMentions } from '../detect/index';
import type { Mention } from '../detect/types';
import { showPage } from './display';
import type { SentenceParser } from './grammar';
import { judge, type JudgeOptions } from './judge';
import { compromiseParser } from './parser-compromise';
import { designationPhrases } from './phrases';
import { readClaims, type DesignationPhrase } from './read';
import type { CheckedClaim, Claim } from './types';

export type * from './types';
export { judge, FIGURE_GAP, FIGURE_GAP_ABOUT, ABOUT_TOLERANCE } from './judge';
export { readClaims } from './read';
export { designationPhrases } from './phrases';
export { showPage } from './display';

export interface CheckOptions {
  /** The dataset to read names from and judge against; default the real one. */
  readonly entities?: readonly Entity[];
  readonly today?: Date;
  readonly parse?: SentenceParser;
}

let realPhrases: DesignationPhrase[] | undefined;

function world(options: CheckOptions): { phrases: readonly DesignationPhrase[]; lookup: JudgeOptions['lookup'] } {
  if (!options.entities) {
    realPhrases ??= designationPhrases(entities);
    return { phrases: realPhrases, lookup: (id) => getEntity(id) };
  }
  const byId = new Map<string, Entity>(options.entities.map((e) => [e.id, e]));
  return { phrases: designationPhrases(options.entities), lookup: (id: EntityId) => byId.get(id) };
}

/** Claims in `text` about the mentioned entities, without verdicts. */
export function findClaims(text: string, mentions: readonly Mention[] = findMentions(text), options: CheckOptions = {}): Claim[] {
  return readClaims(text, mentions, { parse: options.parse ?? compromiseParser, phrases: world(options).phrases });
}

/** Claims in `text`, each judged against the data; sorted by start. */
export function checkClaims(text: string, mentions: readonly Mention[] = findMentions(text), options: CheckOptions = {}): CheckedClaim[] {
  const { phrases, lookup } = world(options);
  return readClaims(text, mentions, { parse: options.parse ?? compromiseParser, phrases }).map(
    (c) => ({ ...c, ...judge(c, { lookup, ...(options.today ? { today: options.today } : {}) }) }) as CheckedClaim,
  );
}

/** One claim as the CLI prints it: page and data as display strings. */
export interface ClaimRow {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly field: string;
  readonly page: string;
  readonly data: string | null;
  readonly verdict: CheckedClaim['verdict'];
  readonly source: string | null;
}

export const toRow = (c: CheckedClaim): ClaimRow => ({
  start: c.start,
  end: c.end,
  id: c.id,
  field: c.field,
  page: showPage(c),
  data: c.data ?? null,
  verdict: c.verdict,
  source: c.source ?? null,
});
