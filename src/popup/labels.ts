/** Message keys for the data layer's field, unit and kind names. */
import type { FieldKey } from '../data/compare';
import type { Kind } from '../data/schema';
import { t, type MessageKey } from '../shared/i18n';

const FIELD_LABELS: { readonly [K in FieldKey]: MessageKey } = {
  province: 'popupFieldProvince',
  population: 'popupFieldPopulation',
  gdp: 'popupFieldGdp',
  gdpPerPerson: 'popupFieldGdpPerPerson',
  knownFor: 'popupFieldKnownFor',
  zones: 'popupFieldZones',
  companies: 'popupFieldCompanies',
  city: 'popupFieldCity',
  zoneType: 'popupFieldZoneType',
  established: 'popupFieldEstablished',
  focus: 'popupFieldFocus',
  area: 'popupFieldArea',
  founded: 'popupFieldFounded',
  headquarters: 'popupFieldHeadquarters',
  founders: 'popupFieldFounders',
  sectors: 'popupFieldSectors',
  listings: 'popupFieldListings',
  status: 'popupFieldStatus',
  employees: 'popupFieldEmployees',
  revenue: 'popupFieldRevenue',
  year: 'popupFieldYear',
  issuer: 'popupFieldIssuer',
  period: 'popupFieldPeriod',
  goals: 'popupFieldGoals',
  relatedPlaces: 'popupFieldRelatedPlaces',
  products: 'popupFieldProducts',
  owner: 'popupFieldOwner',
  what: 'popupFieldWhat',
  launched: 'popupFieldLaunched',
  headline: 'popupFieldHeadline',
};
export const fieldLabel = (key: FieldKey) => t(FIELD_LABELS[key]);

const UNIT_LABELS: Readonly<Record<string, MessageKey>> = {
  people: 'popupUnitPeople',
  employees: 'popupUnitEmployees',
  km2: 'popupUnitKm2',
  users: 'popupUnitUsers',
  units: 'popupUnitUnits',
};
export const unitLabel = (unit: string) => (UNIT_LABELS[unit] ? t(UNIT_LABELS[unit]) : unit);

const KIND_PLURALS: { readonly [K in Kind]: MessageKey } = {
  city: 'kindCityPlural',
  zone: 'kindZonePlural',
  company: 'kindCompanyPlural',
  policy: 'kindPolicyPlural',
  product: 'kindProductPlural',
};
export const kindPlural = (kind: Kind) => t(KIND_PLURALS[kind]);
