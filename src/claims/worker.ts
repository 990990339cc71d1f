/**
 * Entry for the extension's service worker: the same engine as ./index, but compromise is evaluated only
 * when a sentence of the page yields a candidate claim (most pages make none; ../detect/compromise.ts),
 * and the dataset comes in from the caller.
 */
import type { Entity, EntityId } from '../data/schema';
import type { Mention } from '../detect/types';
import { judge } from './judge';
import { compromiseParser } from './parser-compromise';
import { designationPhrases } from './phrases';
import { readClaims, type DesignationPhrase } from './read';
import type { CheckedClaim } from './types';

export type * from './types';
export { showPage } from './display';

export interface ClaimChecker {
  /** Claims `text` makes about `mentions`, judged against the dataset; sorted by start. */
  check(text: string, mentions: readonly Mention[], today?: Date): Promise<CheckedClaim[]>;
}

/** A checker over `source` (called once, on first use). */
export function createClaimChecker(source: () => readonly Entity[]): ClaimChecker {
  let world: { phrases: readonly DesignationPhrase[]; byId: ReadonlyMap<string, Entity> } | undefined;
  const get = () => (world ??= { phrases: designationPhrases(source()), byId: new Map(source().map((e) => [e.id, e])) });
  return {
    async check(text, mentions, today) {
      const { phrases, byId } = get();
      // A first pass without a parser tells whether any sentence needs one; only then is compromise loaded.
      let needed = false;
      const first = readClaims(text, mentions, {
        phrases,
        parse: () => {
          needed = true;
          return [];
        },
      });
      const claims = needed ? readClaims(text, mentions, { phrases, parse: compromiseParser }) : first;
      const lookup = (id: EntityId): Entity | undefined => byId.get(id);
      return claims.map((c) => ({ ...c, ...judge(c, { lookup, ...(today ? { today } : {}) }) }) as CheckedClaim);
    },
  };
}
