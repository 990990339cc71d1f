/** The detector on small synthetic tables: matcher, table building and the tagger hand-off. */
import { describe, expect, it, vi } from 'vitest';
import { createDetector } from '../../src/detect/detector';
import type { DetectEntity, TaggedTerm, Tagger } from '../../src/detect/types';

const table: DetectEntity[] = [
  { id: 'company:acme', kind: 'company', name: 'Acme', aliases: ['Acme Group', 'Acme Group Holding', '阿克米'] },
  { id: 'company:acmex', kind: 'company', name: 'AcmeX', aliases: [{ text: 'AX', exactCase: true }, '阿克米科技'] },
  { id: 'company:fable', kind: 'company', name: 'Fable Robotics', aliases: [{ text: 'Fable', needsContext: 'common-word' }] },
  { id: 'policy:plans', kind: 'policy', name: 'Plans', aliases: [{ text: 'Grand Plan', needsContext: 'other-entity' }] },
  { id: 'policy:3rd-plan', kind: 'policy', name: '3rd Grand Plan', aliases: [] },
  { id: 'city:oldtown', kind: 'city', name: "Old'town", aliases: [] },
];

const noTags: Tagger = () => [];
const detector = () => createDetector(() => table);
const surfaces = (text: string, tagger: Tagger = noTags) =>
  detector()
    .findMentions(text, undefined, tagger)
    .map((m) => `${m.text}=${m.id}`);

describe('matcher on a synthetic table', () => {
  it('prefers the longest alias at a position', () => {
    expect(surfaces('Acme Group Holding and Acme Group and Acme.')).toEqual([
      'Acme Group Holding=company:acme',
      'Acme Group=company:acme',
      'Acme=company:acme',
    ]);
  });
  it('respects word boundaries in Latin script and none in Chinese', () => {
    expect(surfaces('Acmes Acmeville xAcme')).toEqual(['Acme=company:acme']);
    expect(surfaces('看阿克米科技和阿克米')).toEqual(['阿克米科技=company:acmex', '阿克米=company:acme']);
  });
  it('honours exact case', () => {
    expect(surfaces('AX and Ax and ax')).toEqual(['AX=company:acmex']);
  });
  it('treats apostrophe variants as one and makes ordinal word forms', () => {
    expect(surfaces('Old’town, Oldtown, the third Grand Plan of China')).toEqual([
      'Old’town=city:oldtown',
      'Oldtown=city:oldtown',
      'third Grand Plan=policy:3rd-plan',
    ]);
  });
  it('treats quotation marks as optional inside a name and drops them around it', () => {
    const d = createDetector(() => [
      { id: 'policy:bc', kind: 'policy', name: 'BC', aliases: ['"Broadband China" strategy', '专精特新“小巨人”企业'] },
    ]);
    const texts = (t: string) => d.candidates(t).map((c) => c.text);
    expect(texts('the Broadband China strategy')).toEqual(['Broadband China strategy']);
    expect(texts('专精特新“小巨人”企业和专精特新小巨人企业')).toEqual(['专精特新“小巨人”企业', '专精特新小巨人企业']);
  });
  it('compiles the matcher lazily, once', () => {
    const source = vi.fn(() => table);
    const d = createDetector(source);
    expect(source).not.toHaveBeenCalled();
    d.hasCandidates('Acme');
    d.findMentions('Acme', undefined, noTags);
    expect(source).toHaveBeenCalledTimes(1);
  });
});

describe('context and the tagger', () => {
  it('keeps an ambiguous alias only with support, and drops its lower-case word', () => {
    expect(surfaces('Fable makes robots for factories.')).toEqual(['Fable=company:fable']);
    expect(surfaces('Every fable has a moral.')).toEqual([]);
  });
  it('needs China for a policy name other countries share', () => {
    expect(surfaces('The Grand Plan was adopted in China.')).toEqual(['Grand Plan=policy:plans']);
    expect(surfaces('The Grand Plan was adopted in India.')).toEqual([]);
  });
  it('asks the tagger only about a sentence-initial common word before an object, and obeys it', () => {
    const verb: Tagger = vi.fn((s: string): TaggedTerm[] => [{ start: 0, end: 5, text: s.slice(0, 5), tags: new Set(['Verb']) }]);
    expect(surfaces('Fable your robots for factories.', verb)).toEqual([]);
    expect(verb).toHaveBeenCalledTimes(1);
    expect(surfaces('Fable your robots for factories.', noTags)).toEqual(['Fable=company:fable']);
    const spy = vi.fn(noTags);
    expect(surfaces('Robots by Fable for factories. Fable makes robots.', spy)).toEqual(['Fable=company:fable', 'Fable=company:fable']);
    expect(spy).not.toHaveBeenCalled();
  });
});
