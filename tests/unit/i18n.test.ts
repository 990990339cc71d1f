// @vitest-environment happy-dom
/**
 * Every UI string goes through the catalogues: both languages define every key, every key the code
 * uses exists, and no HTML page hard-codes English that the Chinese UI would then show untranslated.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, readCatalogues } from '../../src/cli/locales';

const root = join(import.meta.dirname, '../..');
const catalogues = readCatalogues(join(root, 'src/locales'));
const defined = new Set(Object.keys(catalogues.get('en') ?? {}));
/** The product's name is the same in every language (the zh_CN catalogue keeps it too). */
const BRAND = 'China Tech Lens';

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}
const sources = filesUnder(join(root, 'src'), /\.(ts|html)$/).filter((p) => !p.includes(`${join('src', 'cli')}`));
const read = (path: string) => readFileSync(path, 'utf8');
const where = (path: string) => relative(root, path);

/** Keys named literally: t('key'), data-i18n*="key", dataset.i18n* = 'key', __MSG_key__. */
function usedKeys(text: string): string[] {
  const patterns = [
    /\bt\(\s*['"`]([A-Za-z0-9_@]+)['"`]/g,
    /data-i18n(?:-[a-z-]+)?\s*=\s*["']([A-Za-z0-9_@]+)["']/g,
    /dataset\.i18n[A-Za-z]*\s*=\s*['"`]([A-Za-z0-9_@]+)['"`]/g,
    /__MSG_([A-Za-z0-9_@]+)__/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

/** Text and labelling attributes in an HTML page that no data-i18n* attribute will replace. */
function hardCodedText(html: string): string[] {
  // Stylesheets are irrelevant here and happy-dom would try to fetch them.
  const doc = new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html');
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
    const ownText = [...el.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent!.trim())
      .join(' ')
      .trim();
    if (/[A-Za-z]/.test(ownText) && ownText !== BRAND && !el.hasAttribute('data-i18n')) {
      found.push(`<${el.tagName.toLowerCase()}> "${ownText}"`);
    }
    for (const attr of ['title', 'placeholder', 'aria-label', 'alt']) {
      const value = el.getAttribute(attr);
      if (value && /[A-Za-z]/.test(value) && !el.hasAttribute(`data-i18n-${attr}`)) {
        found.push(`<${el.tagName.toLowerCase()} ${attr}="${value}">`);
      }
    }
  }
  return found;
}

/** Literal English assigned as visible text or a label in UI code. */
function hardCodedInCode(ts: string): string[] {
  const patterns = [
    /\.textContent\s*=\s*(['"`])([^'"`]*[A-Za-z]{2,}[^'"`]*)\1/g,
    /createTextNode\(\s*(['"`])([^'"`]*[A-Za-z]{2,}[^'"`]*)\1/g,
    /setAttribute\(\s*['"](?:aria-label|title|placeholder|alt)['"]\s*,\s*(['"`])([^'"`]*[A-Za-z]{2,}[^'"`]*)\1/g,
  ];
  return patterns.flatMap((pattern) => [...ts.matchAll(pattern)].map((m) => m[0]));
}

describe('i18n catalogues', () => {
  it('en and zh_CN both define every key, with non-empty messages', () => {
    expect([...catalogues.keys()]).toEqual(expect.arrayContaining(['en', 'zh_CN']));
    expect(catalogueProblems(catalogues)).toEqual([]);
  });

  it('zh_CN is really translated: most messages differ from English', () => {
    const en = catalogues.get('en')!;
    const zh = catalogues.get('zh_CN')!;
    const same = Object.keys(en).filter((key) => zh[key]?.message === en[key]!.message);
    expect(same.length / Object.keys(en).length).toBeLessThan(0.1);
  });

  it('every key the code, pages and manifest use is defined', () => {
    const missing: string[] = [];
    for (const path of [...sources, join(root, 'manifest.json')]) {
      for (const key of usedKeys(read(path))) if (!defined.has(key)) missing.push(`${where(path)}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('no page hard-codes user-visible text without data-i18n', () => {
    const found = sources
      .filter((p) => p.endsWith('.html'))
      .flatMap((path) => hardCodedText(read(path)).map((text) => `${where(path)}: ${text}`));
    expect(found).toEqual([]);
  });

  it('no UI code assigns literal English as visible text or a label', () => {
    const ui = sources.filter((p) => /src[\\/](options|popup|content)[\\/].*\.ts$/.test(p));
    const found = ui.flatMap((path) => hardCodedInCode(read(path)).map((text) => `${where(path)}: ${text}`));
    expect(found).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find keys, hard-coded text and hard-coded labels', () => {
    expect(usedKeys(`t('a1'); t("b2", x); <p data-i18n="c3"></p> <i data-i18n-title='d4'> el.dataset.i18n = 'e5' __MSG_f6__`)).toEqual([
      'a1',
      'b2',
      'c3',
      'd4',
      'e5',
      'f6',
    ]);
    expect(hardCodedText('<p>Hello</p><p data-i18n="k">Hello</p><input placeholder="Type"><b> 42 </b>')).toEqual([
      '<p> "Hello"',
      '<input placeholder="Type">',
    ]);
    expect(hardCodedInCode(`a.textContent = 'Loading'; b.textContent = t('x'); c.textContent = '+';`)).toEqual([
      `.textContent = 'Loading'`,
    ]);
  });
});
