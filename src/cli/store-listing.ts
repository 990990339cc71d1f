/**
 * Reads src/store/listing.md, the store listing's text: `## <section>` (a language's _locales name, or
 * "Review"), `### <field>` and `#### <subfield>`, each holding the text up to the next heading. The
 * preamble under the `#` title is for people and is not read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const LISTING_PATH = resolve(import.meta.dirname, '../store/listing.md');

/** Section → field → text; a `####` subfield is the field "<field>/<subfield>". */
export type Listing = Map<string, Map<string, string>>;

export function parseListing(markdown: string): Listing {
  const listing: Listing = new Map();
  let section: Map<string, string> | undefined;
  let field: string | undefined;
  let parent: string | undefined;
  let body: string[] = [];
  const close = () => {
    if (section && field !== undefined) section.set(field, body.join('\n').trim());
    body = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,4})\s+(.+?)\s*$/.exec(line);
    if (!heading) {
      body.push(line);
      continue;
    }
    close();
    const [, marks, title] = heading as unknown as [string, string, string];
    if (marks.length <= 2) {
      section = marks.length === 2 ? new Map() : undefined;
      if (section) listing.set(title, section);
      field = parent = undefined;
    } else if (marks.length === 3) {
      field = parent = title;
    } else {
      field = parent === undefined ? title : `${parent}/${title}`;
    }
  }
  close();
  return listing;
}

export const readListing = (path = LISTING_PATH): Listing => parseListing(readFileSync(path, 'utf8'));
