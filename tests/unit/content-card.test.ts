// @vitest-environment happy-dom
/** What the card shows for each kind, built with DOM APIs only. */
import { describe, expect, it } from 'vitest';
import { cardFacts } from '../../src/content/card-facts';
import { renderCard } from '../../src/content/card-view';
import { withDerived } from '../../src/data/derived';
import { entitiesOfKind, getEntity, type Entity } from '../../src/data/index';
import type { CardData } from '../../src/shared/messages';

const t = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`);
const ctx = { t, labels: {}, lang: 'en' };
const entity = (id: string): Entity => {
  const e = getEntity(id);
  if (!e) throw new Error(`${id} missing from the dataset`);
  return e;
};
const labelsOf = (e: Entity) => cardFacts(e, 'full', ctx).map((f) => f.label);

describe('card facts per kind', () => {
  it('city: province, population and GDP with their years', () => {
    const facts = cardFacts(entity('city:shenzhen'), 'full', ctx);
    expect(facts.map((f) => f.label).slice(0, 3)).toEqual(['cardProvince', 'cardPopulation', 'cardGdp']);
    expect(facts[1]!.year).toBeGreaterThan(2000);
    expect(facts[2]!.value).toMatch(/^CNY /);
  });

  it('zone: city, established, focus', () => {
    const zone = entitiesOfKind('zone').find((z) => z.established && z.zoneType !== 'region')!;
    expect(labelsOf(zone).slice(0, 3)).toEqual(['cardCity', 'cardEstablished', 'cardFocus']);
  });

  it('company: founded, headquarters, listings, then status or parent', () => {
    const labels = labelsOf(entity('company:baidu'));
    expect(labels.slice(0, 3)).toEqual(['cardFounded', 'cardHeadquarters', 'cardListings']);
    const listing = cardFacts(entity('company:baidu'), 'full', ctx)[2]!.value;
    expect(listing).toMatch(/NASDAQ: BIDU/);
  });

  it('policy: year, issuer, period, goals', () => {
    expect(labelsOf(entity('policy:made-in-china-2025'))).toEqual(['cardYear', 'cardIssuer', 'cardPeriod', 'cardGoals']);
  });

  it('shows 3 facts in the compact card and at most 5 in the full one', () => {
    for (const id of ['city:beijing', 'company:alibaba', 'policy:internet-plus']) {
      expect(cardFacts(entity(id), 'compact', ctx)).toHaveLength(3);
      expect(cardFacts(entity(id), 'full', ctx).length).toBeLessThanOrEqual(5);
    }
  });
});

describe('card view', () => {
  it('renders text as text, sources as new-tab links, related entities as buttons', () => {
    const base = withDerived(entity('city:shenzhen'));
    const hostile = { ...base, summary: '<img src=x onerror=alert(1)>' } as CardData['entity'];
    const labels = Object.fromEntries(base.relatedAll.map((id) => [id, { id, kind: getEntity(id)!.kind, name: getEntity(id)!.name }]));
    const shown: string[] = [];
    const root = document.createElement('div');
    root.append(
      renderCard(
        document,
        { entity: hostile, labels, publishers: { [base.sources[0]!]: 'The Publisher' } },
        {
          detail: 'full',
          nameDisplay: 'both',
          lang: 'en',
          t,
          nested: false,
          claims: [
            {
              start: 0,
              end: 4,
              id: 'city:shenzhen',
              field: 'founded',
              page: '1979',
              data: '1980',
              source: 'https://example.org/x',
              publisher: 'Example',
            },
          ],
        },
        {
          show: (id) => shown.push(id),
          preview: () => undefined,
          cancelPreview: () => undefined,
          back: () => undefined,
          compare: () => undefined,
          close: () => undefined,
        },
      ),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.summary')!.textContent).toBe('<img src=x onerror=alert(1)>');
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toContain('noopener');
    }
    // A source reads as its publisher's name, not a bare host.
    const note = root.querySelector('[role="note"]')!;
    expect(note.textContent).toBe('cardClaimNote(1979,1980) Example');
    expect(root.querySelector('.sources a')!.textContent).toBe('The Publisher');
    const chip = root.querySelector<HTMLButtonElement>('.chip')!;
    chip.click();
    expect(shown).toHaveLength(1);
    expect(root.querySelector('.compare')).not.toBeNull();
  });

  it('names the entity in the interface language first, as the popup does, each part tagged with its language', () => {
    const data = { entity: withDerived(entity('city:shenzhen')), labels: {}, publishers: {} };
    const actions = { show() {}, preview() {}, cancelPreview() {}, back() {}, compare() {}, close() {} };
    const nameLine = (lang: string, nameDisplay: 'en' | 'zh' | 'both') => {
      const root = document.createElement('div');
      root.append(renderCard(document, data, { detail: 'compact', nameDisplay, lang, t, nested: false, claims: [] }, actions));
      const line = root.querySelector<HTMLElement>('.name')!;
      return { text: line.textContent, lang: line.lang, alt: line.querySelector<HTMLElement>('.alt')?.lang };
    };
    expect(nameLine('zh-CN', 'both')).toEqual({ text: '深圳 Shenzhen', lang: 'zh-CN', alt: 'en' });
    expect(nameLine('en', 'both')).toEqual({ text: 'Shenzhen 深圳', lang: 'en', alt: 'zh-CN' });
    expect(nameLine('en', 'zh')).toEqual({ text: '深圳', lang: 'zh-CN', alt: undefined });
  });
});
