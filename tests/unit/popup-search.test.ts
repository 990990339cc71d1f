import { describe, expect, it } from 'vitest';
import { entities } from '../../src/data/index';
import { buildSearchIndex, normalize } from '../../src/popup/search';

const index = buildSearchIndex(entities);
const ids = (q: string, kind?: 'city' | 'company') => index.search(q, { kind }).map((h) => h.entity.id);

describe('entity search', () => {
  it('finds by Chinese name', () => {
    expect(ids('阿里巴巴')[0]).toBe('company:alibaba');
    expect(ids('深圳')[0]).toBe('city:shenzhen');
  });
  it('finds by alias and says which alias matched', () => {
    const [hit] = index.search('Peking');
    expect(hit?.entity.id).toBe('city:beijing');
    expect(hit?.via).toBe('Peking');
  });
  it('finds by pinyin without tone marks', () => {
    expect(ids('shenzhen')[0]).toBe('city:shenzhen');
    expect(normalize('Shēnzhèn')).toBe('shenzhen');
  });
  it('ranks exact over prefix over substring, names over aliases', () => {
    const bei = ids('bei');
    expect(bei[0]).toBe('city:beijing');
    const hits = ids('alibaba');
    expect(hits.slice(0, 2)).toEqual(['company:alibaba', 'company:alibaba-cloud']);
  });
  it('can be limited to a kind and excludes chosen ids', () => {
    expect(ids('shenzhen', 'company').every((id) => id.startsWith('company:'))).toBe(true);
    expect(index.search('beijing', { exclude: new Set(['city:beijing']) }).map((h) => h.entity.id)).not.toContain('city:beijing');
  });
  it('returns nothing for an empty query', () => {
    expect(index.search('  ')).toEqual([]);
  });
});
