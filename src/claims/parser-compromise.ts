/** The sentence parser backed by compromise (evaluated on first use: ../detect/compromise.ts). */
import { compromise } from '../detect/compromise';
import type { SentenceParser, VerbGroup } from './grammar';

interface CompromiseVerb {
  readonly offset: { readonly start: number; readonly length: number };
  readonly verb?: { readonly negative?: boolean; readonly auxiliary?: string; readonly grammar?: { readonly tense?: string } };
}

export const compromiseParser: SentenceParser = (sentence) =>
  (compromise()(sentence).verbs().json({ offset: true }) as CompromiseVerb[]).map(
    (v): VerbGroup => ({
      start: v.offset.start,
      end: v.offset.start + v.offset.length,
      negative: v.verb?.negative ?? false,
      tense: v.verb?.grammar?.tense ?? '',
      auxiliary: v.verb?.auxiliary ?? '',
    }),
  );
