/**
 * The dataset as the rest of the extension sees it: every entity, lookups by id, and the
 * relations that are derived rather than typed twice (a city's companies, back-links of `related`).
 */
import { cities } from '../../data/cities';
import { companies } from '../../data/companies';
import { companies_2 } from '../../data/companies-2';
import { companies_3 } from '../../data/companies-3';
import { policies } from '../../data/policies';
import { zones } from '../../data/zones';
import type { City, Company, Entity, EntityId, EntityOfKind, Kind, Policy, Zone } from './schema';

export * from './schema';

export const entities: readonly Entity[] = [
  ...(cities as readonly City[]),
  ...(zones as readonly Zone[]),
  ...(companies as readonly Company[]),
  ...(companies_2 as readonly Company[]),
  ...(companies_3 as readonly Company[]),
  ...(policies as readonly Policy[]),
];

const byId = new Map<string, Entity>(entities.map((e) => [e.id, e]));

export function getEntity<K extends Kind>(id: EntityId<K>): EntityOfKind<K> | undefined;
export function getEntity(id: string): Entity | undefined;
export function getEntity(id: string): Entity | undefined {
  return byId.get(id);
}

export function entitiesOfKind<K extends Kind>(kind: K): readonly EntityOfKind<K>[] {
  return entities.filter((e): e is EntityOfKind<K> => e.kind === kind);
}
