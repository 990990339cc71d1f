/** What a hover card needs about one entity: the entity with derived relations, and labels for its links. */
import { withDerived } from '../data/derived';
import { getEntity, type Entity, type EntityId } from '../data/index';
import { publisherOf } from '../data/publishers';
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

/** Every source address anywhere in the entity (facts, disputes, status), with its publisher's name. */
function publisherNames(entity: Entity): Record<string, string> {
  const names: Record<string, string> = {};
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if ((key === 'source' || key === 'sources') && !names[value]) {
        const publisher = publisherOf(value);
        if (publisher) names[value] = publisher.name;
      }
    } else if (Array.isArray(value)) for (const item of value) visit(item, key);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(entity);
  return names;
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
  return { entity: full, labels, publishers: publisherNames(entity) };
}
