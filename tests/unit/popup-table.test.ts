// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({
  default: {
    i18n: { getMessage: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' '), getUILanguage: () => 'en' },
  },
}));

const { getEntity } = await import('../../src/data/index');
const { renderCompareTable } = await import('../../src/popup/compare-table');
const { createViewContext } = await import('../../src/popup/view-context');

describe('comparison table', () => {
  const ctx = createViewContext('both');
  const table = renderCompareTable(
    ['city:shenzhen', 'city:beijing', 'city:hangzhou'].map((id) => getEntity(id)!),
    ctx,
  );

  it('has a column header per entity and a row header per field', () => {
    const cols = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent);
    expect(cols).toEqual(['popupFieldHeader', 'Shenzhen 深圳', 'Beijing 北京', 'Hangzhou 杭州']);
    const rows = [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);
    expect(rows[1]).toBe('popupFieldPopulation');
    expect(table.querySelector('caption')?.textContent).toBe('popupCaption kindCityPlural');
  });

  it('charts numbers, marks the largest in words and links sources that open safely', () => {
    const population = table.querySelector('tr[data-field="population"]')!;
    expect(population.querySelectorAll('svg.bar[aria-hidden="true"]')).toHaveLength(3);
    expect(population.querySelectorAll('.mark')).toHaveLength(1);
    for (const a of population.querySelectorAll('a.source')) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('builds everything as text: no markup comes from the data', () => {
    expect(table.querySelectorAll('script, iframe, img')).toHaveLength(0);
  });
});
