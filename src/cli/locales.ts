/**
 * Build-time assembly of the extension's i18n catalogues. Each UI area keeps its own fragment
 * (src/locales/<lang>/<area>.json) so areas can grow without editing one shared file; the build
 * merges them into the `_locales/<lang>/messages.json` files browsers read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, ChromeMessage>;

export const DEFAULT_LOCALE = 'en';
const KEY = /^[A-Za-z0-9_@]+$/;

/** Reads every fragment of every locale; throws naming the file on a parse error or a duplicate key. */
export function readCatalogues(root: string): Map<string, Catalogue> {
  const out = new Map<string, Catalogue>();
  for (const lang of readdirSync(root).sort()) {
    const merged: Catalogue = {};
    const origin: Record<string, string> = {};
    for (const file of readdirSync(join(root, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const path = join(root, lang, file);
      let fragment: unknown;
      try {
        fragment = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
      }
      for (const [key, value] of Object.entries(fragment as Catalogue)) {
        if (origin[key]) throw new Error(`${path}: key "${key}" is already defined in ${origin[key]}`);
        origin[key] = path;
        merged[key] = value;
      }
    }
    out.set(lang, merged);
  }
  return out;
}

/** Everything wrong with a set of catalogues: bad keys, empty messages, keys missing from a locale. */
export function catalogueProblems(catalogues: Map<string, Catalogue>): string[] {
  const problems: string[] = [];
  const base = catalogues.get(DEFAULT_LOCALE);
  if (!base) return [`no "${DEFAULT_LOCALE}" catalogue`];
  const allKeys = new Set([...catalogues.values()].flatMap((c) => Object.keys(c)));
  for (const [lang, catalogue] of catalogues) {
    for (const key of allKeys) {
      const entry = catalogue[key];
      if (!entry) problems.push(`${lang}: missing key "${key}"`);
      else if (typeof entry.message !== 'string' || entry.message.trim() === '')
        problems.push(`${lang}: key "${key}" has an empty message`);
      if (!KEY.test(key) && lang === DEFAULT_LOCALE) problems.push(`key "${key}" has characters browsers reject`);
    }
  }
  return problems;
}
