/**
 * The dataset as the rest of the extension sees it: every entity, lookups by id, and the
 * relations that are derived rather than typed twice (a city's companies, back-links of `related`).
 */
import { cities, companies, policies, products, zones } from '../../data/index';
import type { Entity, EntityId, EntityOfKind, Kind } from './schema';

export * from './schema';

export const entities: readonly Entity[] = [...cities, ...zones, ...companies, ...policies, ...products];

const byId = new Map<string, Entity>(entities.map((e) => [e.id, e]));

export function getEntity<K extends Kind>(id: EntityId<K>): EntityOfKind<K> | undefined;
export function getEntity(id: string): Entity | undefined;
export function getEntity(id: string): Entity | undefined {
  return byId.get(id);
}

export function entitiesOfKind<K extends Kind>(kind: K): readonly EntityOfKind<K>[] {
  return entities.filter((e): e is EntityOfKind<K> => e.kind === kind);
}
