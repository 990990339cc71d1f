/** What a hover card needs about one entity: the entity with derived relations, and labels for its links. */
import { withDerived } from '../data/derived';
import { getEntity, type Entity, type EntityId } from '../data/index';
import type { CardData, EntityLabel } from '../shared/messages';

const labelOf = (e: Entity): EntityLabel => ({ id: e.id, kind: e.kind, name: e.name, zh: e.names?.zh });

/** Ids an entity's card may name: related entities, a zone's cities, a company's HQ, parent and products, a product's owner. */
function referencedIds(entity: ReturnType<typeof withDerived>): string[] {
  const ids: string[] = [...entity.relatedAll];
  if (entity.kind === 'zone') ids.push(...(entity.zoneType === 'region' ? entity.cities : [entity.city]));
  if (entity.kind === 'company') {
    ids.push(entity.headquarters);
    if (entity.parent) ids.push(entity.parent);
    if (entity.status?.state === 'acquired') ids.push(entity.status.acquirer);
    ids.push(...(entity.products ?? []));
  }
  if (entity.kind === 'product') ids.push(entity.owner);
  return ids;
}

export function cardData(id: EntityId): CardData | null {
  const entity = typeof id === 'string' ? getEntity(id) : undefined;
  if (!entity) return null;
  const full = withDerived(entity);
  const labels: Record<string, EntityLabel> = {};
  for (const ref of referencedIds(full)) {
    const other = getEntity(ref);
    if (other) labels[ref] = labelOf(other);
  }
  return { entity: full, labels };
}
