/**
 * The store listing (src/store/listing.md) fits the stores' forms: both languages, every field filled,
 * within the limits, the short description and name the same as the manifest's in each language, and
 * the review answers cover every permission the manifest asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogues } from '../../src/cli/locales';
import { parseListing, readListing } from '../../src/cli/store-listing';

const root = join(import.meta.dirname, '../..');
const listing = readListing();
const catalogues = readCatalogues(join(root, 'src/locales'));
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const LANGUAGES = ['en', 'zh_CN'];
/** Edge's name limit is the strictest (AMO 50, Chrome 75); Chrome and Firefox cut descriptions at 132. */
const LIMITS = { Name: 45, 'Short description': 132, 'Long description': 16_000 } as const;
const HAN = /[\u4e00-\u9fff]/;

describe('the listing file', () => {
  it('has both languages and the review answers', () => {
    expect([...listing.keys()].sort()).toEqual([...LANGUAGES, 'Review'].sort());
  });

  it('has no empty field', () => {
    const empty = [...listing].flatMap(([section, fields]) =>
      [...fields]
        .filter(([name, text]) => !text && ![...fields.keys()].some((k) => k.startsWith(`${name}/`)))
        .map(([name]) => `${section}: ${name}`),
    );
    expect(empty).toEqual([]);
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    const fields = listing.get(lang)!;
    const messages = catalogues.get(lang)!;

    it.each(Object.entries(LIMITS))("%s is within the stores' limit (%i characters)", (field, limit) => {
      const text = fields.get(field) ?? '';
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(limit);
    });

    it('says in the short description and name what the manifest says', () => {
      expect(fields.get('Short description')).toBe(messages.extDescription!.message);
      expect(fields.get('Name')).toBe(messages.extName!.message);
    });

    it('captions one screenshot per picture npm run demo makes for the store', () => {
      expect((fields.get('Screenshot captions') ?? '').split('\n').filter((line) => /^\d+\. \S/.test(line))).toHaveLength(5);
    });
  });

  it('is written in Chinese in zh_CN', () => {
    const fields = listing.get('zh_CN')!;
    for (const field of ['Short description', 'Long description', 'Screenshot captions']) expect(fields.get(field)).toMatch(HAN);
  });

  it('answers the review form for every permission, host access and web-accessible file', () => {
    const review = listing.get('Review')!;
    for (const field of ['Single purpose', 'Data use', 'Notes for reviewers']) expect(review.get(field)).toBeTruthy();
    const justified = [...review.keys()].filter((k) => k.startsWith('Permission justifications/')).map((k) => k.split('/')[1]);
    expect(justified).toEqual(
      expect.arrayContaining([...manifest.permissions, 'Host permissions', 'Web-accessible resources', 'Remote code']),
    );
  });
});

describe('parseListing', () => {
  it('reads sections, fields and subfields, and ignores the preamble', () => {
    const parsed = parseListing('# Title\npreamble\n## en\n### Name\n\nX\n\n### Long\na\n\nb\n## Review\n### P\n#### storage\nwhy\n');
    expect(parsed.get('en')).toEqual(
      new Map([
        ['Name', 'X'],
        ['Long', 'a\n\nb'],
      ]),
    );
    expect(parsed.get('Review')).toEqual(
      new Map([
        ['P', ''],
        ['P/storage', 'why'],
      ]),
    );
  });
});
