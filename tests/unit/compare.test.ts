import { describe, expect, it } from 'vitest';
import { compareRows, fieldsOf, gdpPerPerson, markedCells, type CellValue } from '../../src/data/compare';
import { getEntity, type City, type Company, type Policy, type Zone } from '../../src/data/index';

const city = (id: string) => getEntity(id) as City;

describe('comparable fields per kind', () => {
  it('lists the rows each kind is compared on, in order', () => {
    expect(fieldsOf('city')).toEqual(['province', 'population', 'gdp', 'gdpPerPerson', 'knownFor', 'zones', 'companies']);
    expect(fieldsOf('zone')).toEqual(['city', 'zoneType', 'established', 'focus', 'area']);
    expect(fieldsOf('company')).toEqual([
      'founded',
      'headquarters',
      'founders',
      'sectors',
      'listings',
      'status',
      'employees',
      'revenue',
      'products',
    ]);
    expect(fieldsOf('policy')).toEqual(['year', 'issuer', 'period', 'goals', 'relatedPlaces']);
    expect(fieldsOf('product')).toEqual(['owner', 'what', 'launched', 'headline']);
  });

  it('gives one cell per entity in every row, with sources on numbers', () => {
    const items = ['city:shenzhen', 'city:beijing', 'city:hangzhou'].map(city);
    const rows = compareRows('city', items);
    for (const row of rows) expect(row.cells).toHaveLength(3);
    const population = rows.find((r) => r.key === 'population')!;
    for (const cell of population.cells) {
      expect(cell.type).toBe('number');
      if (cell.type === 'number') {
        expect(cell.source).toMatch(/^https:\/\//);
        expect(cell.year).toBeGreaterThan(2000);
      }
    }
  });

  it('derives headquartered companies and zones for cities', () => {
    const rows = compareRows('city', [city('city:hangzhou'), city('city:shenzhen')]);
    const companies = rows.find((r) => r.key === 'companies')!.cells[0]!;
    expect(companies.type === 'refs' && companies.ids).toContain('company:alibaba');
    const zones = rows.find((r) => r.key === 'zones')!.cells[1]!;
    expect(zones.type === 'refs' && zones.ids).toContain('zone:nanshan');
  });

  it('keeps disagreeing sources on the cell they concern', () => {
    const ningbo = compareRows('city', [city('city:ningbo'), city('city:beijing')]);
    expect(ningbo.find((r) => r.key === 'population')!.cells[0]!.disputed?.values.length).toBeGreaterThan(1);
    const bilibili = getEntity('company:bilibili') as Company;
    const rows = compareRows('company', [bilibili, getEntity('company:huawei') as Company]);
    expect(rows.find((r) => r.key === 'founded')!.cells[0]!.disputed).toBeDefined();
  });

  it('says "no sourced figure" by a missing cell, never zero', () => {
    const noFigures = { ...(getEntity('company:deepseek') as Company), employees: undefined, revenue: undefined };
    const rows = compareRows('company', [noFigures, getEntity('company:huawei') as Company]);
    expect(rows.find((r) => r.key === 'revenue')!.cells[0]).toEqual({ type: 'missing' });
  });

  it('compares zones and policies too', () => {
    const zones = compareRows('zone', [getEntity('zone:zhongguancun') as Zone, getEntity('zone:greater-bay-area') as Zone]);
    const cityCell = zones.find((r) => r.key === 'city')!.cells[1]!;
    expect(cityCell.type === 'refs' && cityCell.ids.length).toBeGreaterThan(1);
    const policies = compareRows('policy', [getEntity('policy:made-in-china-2025') as Policy, getEntity('policy:internet-plus') as Policy]);
    expect(policies.find((r) => r.key === 'year')!.cells.every((c) => c.type === 'year')).toBe(true);
  });
});

describe('GDP per person', () => {
  const src = 'https://example.org/' as const;
  it('divides GDP by population when both are for the same year', () => {
    const cell = gdpPerPerson({
      gdp: { value: 3_000_000, unit: 'CNY', year: 2022, source: src },
      population: { value: 100, unit: 'people', year: 2022, source: src },
    });
    expect(cell).toMatchObject({ type: 'number', value: 30_000, unit: 'CNY', year: 2022 });
  });
  it('refuses to mix years and says which', () => {
    const cell = gdpPerPerson({
      gdp: { value: 3_000_000, unit: 'CNY', year: 2023, source: src },
      population: { value: 100, unit: 'people', year: 2021, source: src },
    });
    expect(cell).toEqual({ type: 'missing', reason: 'years-differ', years: [2023, 2021] });
  });
  it('is missing when either figure is', () => {
    expect(gdpPerPerson({ population: { value: 1, unit: 'people', year: 2020, source: src } })).toEqual({ type: 'missing' });
  });
});

describe('largest / earliest marking', () => {
  const n = (value: number, unit = 'people'): CellValue => ({ type: 'number', value, unit, source: 'https://a.example/' });
  const y = (value: number): CellValue => ({ type: 'year', value, source: 'https://a.example/' });
  it('marks the largest number, and every tie', () => {
    expect(markedCells([n(1), n(5), n(3)], 'largest')).toEqual([1]);
    expect(markedCells([n(5), n(5), n(3)], 'largest')).toEqual([0, 1]);
  });
  it('marks the earliest year', () => {
    expect(markedCells([y(1998), y(1987), y(2010)], 'earliest')).toEqual([1]);
  });
  it('marks nothing across currencies, with one value, or without a mark', () => {
    expect(markedCells([n(5, 'CNY'), n(3, 'USD')], 'largest')).toEqual([]);
    expect(markedCells([n(5), { type: 'missing' }], 'largest')).toEqual([]);
    expect(markedCells([n(5), n(3)], undefined)).toEqual([]);
  });
  it('flags rows whose values have different currencies', () => {
    const a = {
      ...(getEntity('company:huawei') as Company),
      revenue: { value: 1, unit: 'CNY', year: 2023, source: 'https://a.example/' },
    } as Company;
    const b = { ...a, id: 'company:b', revenue: { value: 1, unit: 'USD', year: 2023, source: 'https://a.example/' } } as Company;
    const row = compareRows('company', [a, b]).find((r) => r.key === 'revenue')!;
    expect(row.mixedUnits).toBe(true);
    expect(row.marked).toEqual([]);
  });
});
