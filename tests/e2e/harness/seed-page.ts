/**
 * The seed article (../shared/seed) as a plain article page: a title, headings and paragraphs. Only
 * scenarios about the seed article itself use it (they skip where ../shared is absent); the rest use
 * tests/e2e/fixtures/article.html, which this repository holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_DIR } from '../../shared-dir';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function seedArticleText(): string {
  const dir = resolve(SHARED_DIR, 'seed');
  const file = readdirSync(dir).find((f) => f.endsWith('.txt'));
  if (!file) throw new Error(`no seed article in ${dir}`);
  return readFileSync(resolve(dir, file), 'utf8');
}

export function seedArticleHtml(): string {
  const blocks = seedArticleText()
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const [title, ...rest] = blocks;
  // Short blocks without a final full stop are the article's section headings.
  const body = rest.map((b) => (b.length < 120 && !/[.?]$/.test(b) ? `<h2>${escapeHtml(b)}</h2>` : `<p>${escapeHtml(b)}</p>`)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title ?? '')}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}</style></head>
<body><article><h1>${escapeHtml(title ?? '')}</h1>
${body}
</article></body></html>`;
}
