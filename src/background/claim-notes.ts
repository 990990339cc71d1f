/**
 * Fact-check hints for pages: the claims each text makes about its mentions (src/claims), kept only where
 * the sources contradict the page, as short display text in the reader's language with the source's
 * publisher. A hint never accuses: the card words it "This page: … · Sources: …".
 */
import { createClaimChecker } from '../claims/worker';
import { entities } from '../data/index';
import { publisherOf } from '../data/publishers';
import type { Mention } from '../detect/types';
import type { ClaimNote } from '../shared/messages';

const checker = createClaimChecker(() => entities);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE = new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTHS.join('|')}) (\\d{4})\\b`, 'g');

/** English dates in display text ("April 2016", "12 March 2015") in the reader's language. */
export function localDates(text: string, lang: string): string {
  if (lang.startsWith('en')) return text;
  return text.replace(DATE, (_, day: string | undefined, month: string, year: string) => {
    const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month), day ? Number(day) : 1));
    const parts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
    return new Intl.DateTimeFormat(lang, parts).format(date);
  });
}

export async function claimNotes(
  texts: readonly string[],
  mentions: readonly (readonly Mention[])[],
  lang: string,
): Promise<ClaimNote[][]> {
  return Promise.all(
    texts.map(async (text, i) => {
      const found = mentions[i] ?? [];
      if (!found.length) return [];
      const claims = await checker.check(text, found);
      return claims.flatMap((claim): ClaimNote[] => {
        if (claim.verdict !== 'contradicts') return [];
        const publisher = publisherOf(claim.source)?.name;
        const also = claim.field === 'designation' ? claim.page.place.id : undefined;
        return [
          {
            start: claim.start,
            end: claim.end,
            id: claim.id,
            ...(also ? { also } : {}),
            field: claim.field,
            page: localDates(text.slice(claim.start, claim.end), lang),
            data: localDates(claim.data, lang),
            source: claim.source,
            ...(publisher ? { publisher } : {}),
          },
        ];
      });
    }),
  );
}
