/**
 * Relations computed from the data instead of typed twice: a city's companies, a city's zones
 * from either side of the link, and back-links of `related`.
 */
import { entities as datasetEntities } from './index';
import type { City, CityId, CompanyId, Entity, EntityId, ProductId, ZoneId } from './schema';

/** Fields added to an entity on export. */
export interface DerivedFields {
  /** `related` plus every entity that lists this one as related. */
  readonly relatedAll: readonly EntityId[];
  /** Cities only: companies whose headquarters is the city. */
  readonly companies?: readonly CompanyId[];
  /** Cities only: the city's own `zones` plus zones whose `city`/`cities` names it. */
  readonly allZones?: readonly ZoneId[];
  /** Companies only: products whose owner is the company. */
  readonly products?: readonly ProductId[];
}
export type WithDerived<E extends Entity = Entity> = E & DerivedFields;

export interface Relations {
  companiesHeadquarteredIn(cityId: CityId): readonly CompanyId[];
  relatedTo(id: EntityId): readonly EntityId[];
  zonesOf(cityId: CityId): readonly ZoneId[];
  productsOf(companyId: CompanyId): readonly ProductId[];
  withDerived<E extends Entity>(entity: E): WithDerived<E>;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** Builds the relation lookups once over a given entity list (the real dataset or a test fixture). */
export function buildRelations(entities: readonly Entity[]): Relations {
  const backlinks = new Map<EntityId, EntityId[]>();
  const companiesByCity = new Map<string, CompanyId[]>();
  const zonesByCity = new Map<string, ZoneId[]>();
  const productsByOwner = new Map<string, ProductId[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

  for (const entity of entities) {
    // `?? []`: entries still being written may lack fields; the validator reports them.
    for (const target of entity.related ?? []) push(backlinks, target, entity.id);
    if (entity.kind === 'company') push(companiesByCity, entity.headquarters, entity.id);
    if (entity.kind === 'product') push(productsByOwner, entity.owner, entity.id);
    if (entity.kind === 'zone') {
      const cities = entity.zoneType === 'region' ? (entity.cities ?? []) : [entity.city];
      for (const city of cities) push(zonesByCity, city, entity.id);
    }
  }
  const byId = new Map<string, Entity>(entities.map((e) => [e.id, e]));

  const companiesHeadquarteredIn = (cityId: CityId): readonly CompanyId[] => unique(companiesByCity.get(cityId) ?? []);
  const relatedTo = (id: EntityId): readonly EntityId[] =>
    unique([...(byId.get(id)?.related ?? []), ...(backlinks.get(id) ?? [])]).filter((other) => other !== id);
  const zonesOf = (cityId: CityId): readonly ZoneId[] => {
    const city = byId.get(cityId) as City | undefined;
    return unique([...(city?.kind === 'city' ? (city.zones ?? []) : []), ...(zonesByCity.get(cityId) ?? [])]);
  };
  const productsOf = (companyId: CompanyId): readonly ProductId[] => unique(productsByOwner.get(companyId) ?? []);
  const withDerived = <E extends Entity>(entity: E): WithDerived<E> => {
    const derived: DerivedFields =
      entity.kind === 'city'
        ? { relatedAll: relatedTo(entity.id), companies: companiesHeadquarteredIn(entity.id), allZones: zonesOf(entity.id) }
        : entity.kind === 'company'
          ? { relatedAll: relatedTo(entity.id), products: productsOf(entity.id) }
          : { relatedAll: relatedTo(entity.id) };
    return { ...entity, ...derived };
  };
  return { companiesHeadquarteredIn, relatedTo, zonesOf, productsOf, withDerived };
}

/** The relations of the bundled dataset, built on first use so importing this module stays cheap. */
let dataset: Relations | undefined;
const relations = (): Relations => (dataset ??= buildRelations(datasetEntities));
export const companiesHeadquarteredIn = (cityId: CityId) => relations().companiesHeadquarteredIn(cityId);
export const relatedTo = (id: EntityId) => relations().relatedTo(id);
export const zonesOf = (cityId: CityId) => relations().zonesOf(cityId);
export const productsOf = (companyId: CompanyId) => relations().productsOf(companyId);
export const withDerived = <E extends Entity>(entity: E): WithDerived<E> => relations().withDerived(entity);
