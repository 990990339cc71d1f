/**
 * Designation sentences name a policy by what a place became: "one of China's 10 cross-border
 * e-commerce pilot cities" for the pilot zones. From each policy alias ending in zone(s), area(s) or
 * city/cities, with at least two words before it, this builds a pattern that accepts any of those
 * heads, so the reader finds the policy where the detector, rightly stricter, does not.
 */
import { aliasText, type Entity, type PolicyId } from '../data/schema';
import { escapeRegExp } from '../detect/regexp-literal';
import type { DesignationPhrase } from './read';

const HEAD = /\s+(?:zones?|areas?|city|cities)$/i;

export function designationPhrases(entities: readonly Entity[]): DesignationPhrase[] {
  const out: DesignationPhrase[] = [];
  for (const e of entities) {
    if (e.kind !== 'policy') continue;
    const stems = new Set<string>();
    for (const alias of [e.name, ...e.aliases.map(aliasText)]) {
      if (!HEAD.test(alias)) continue;
      const stem = alias.replace(HEAD, '');
      if (stem.trim().split(/\s+/).length >= 2) stems.add(stem.toLowerCase());
    }
    if (!stems.size) continue;
    const body = [...stems]
      .sort((a, b) => b.length - a.length)
      .map((s) => escapeRegExp(s).replace(/\s+/g, '\\s+'))
      .join('|');
    out.push({ id: e.id as PolicyId, re: new RegExp(String.raw`\b(?:${body})\s+(?:zones?|areas?|city|cities)\b`, 'gi') });
  }
  return out;
}
