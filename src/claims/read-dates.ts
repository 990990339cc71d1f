/** Dates of founding, establishment, a policy's issue and a product's launch, tied to their entity. */
import type { Kind } from '../data/schema';
import { dateAfter, frontedDate, isGenericName, kindOfRef, refAt, subjectAfterComma, subjectBefore, type Ctx, type Raw } from './clause';
import type { Referent } from './anaphora';
import { nameListAtStart } from './names';
import type { DateField, DateValue } from './types';

const DATE_VERB =
  /\b(co-founded|founded|established|set up|started|created|incorporated|formed|launched|issued|adopted|unveiled|introduced|announced|passed|enacted|released|rolled out|initiated|approved|promulgated|published|inaugurated|opened|debuted)\b/gi;

const VERBS_BY_KIND: Readonly<Record<Kind, { field: DateField; verbs: ReadonlySet<string> } | undefined>> = {
  // Not "incorporated": a holding company is often incorporated years after the business began (Lenovo).
  company: { field: 'founded', verbs: new Set(['co-founded', 'founded', 'established', 'set up', 'started', 'created', 'formed']) },
  zone: {
    field: 'established',
    verbs: new Set(['established', 'set up', 'founded', 'created', 'launched', 'approved', 'inaugurated', 'opened', 'formed']),
  },
  policy: {
    field: 'year',
    verbs: new Set([
      'launched',
      'issued',
      'adopted',
      'unveiled',
      'introduced',
      'announced',
      'passed',
      'enacted',
      'released',
      'rolled out',
      'initiated',
      'approved',
      'promulgated',
      'published',
      'established',
      'set up',
      'created',
      'started',
    ]),
  },
  product: { field: 'launched', verbs: new Set(['launched', 'released', 'introduced', 'unveiled', 'debuted', 'rolled out']) },
  city: undefined,
};

const REORGANISED =
  /\b(?:merger|merged|merging|spun off|spin-off|spun out|demerger|restructur\w*|renamed|rebranded|re-founded|refounded|reincorporated)\b/i;

const vStartIsMidSentence = (ctx: Ctx, at: number): boolean =>
  !/^(?:(?:First|Originally|Initially|Officially|Jointly)\s+)?$/i.test(ctx.s.slice(0, at));

const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/;

export function readDates(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  DATE_VERB.lastIndex = 0;
  for (let m = DATE_VERB.exec(ctx.s); m; m = DATE_VERB.exec(ctx.s)) {
    const verb = m[1]!.toLowerCase();
    if (m[1] !== verb && vStartIsMidSentence(ctx, m.index)) continue; // "Founded" mid-sentence is a name ("Founded Group")
    const vStart = m.index;
    const vEnd = vStart + m[0].length;
    const fits = (r: Referent): DateField | undefined => {
      const k = VERBS_BY_KIND[kindOfRef(r)];
      return k?.verbs.has(verb) ? k.field : undefined;
    };
    const push = (r: Referent, field: DateField, d: { start: number; end: number; value: DateValue }): void => {
      // "formed in 2015 through the merger of …", "spun off in 2011": the date of another event.
      if (field !== 'year' && REORGANISED.test(ctx.s)) return;
      out.push({
        start: d.start,
        end: d.end,
        id: r.id,
        field,
        page: d.value,
        anchor: { start: Math.min(r.start, d.start, vStart), end: Math.max(r.end, d.end, vEnd) },
      });
    };
    // Active: "Ren Zhengfei founded Huawei in 1987", "the State Council unveiled Made in China 2025 in May 2015".
    const objectAt = /^\s+(?:the\s+)?/.exec(ctx.s.slice(vEnd));
    const object = objectAt && !PASSIVE_BEFORE.test(ctx.s.slice(0, vStart)) ? refAt(ctx, vEnd + objectAt[0].length) : undefined;
    if (object) {
      const field = fits(object);
      const d = dateAfter(ctx, object.end) ?? frontedDate(ctx);
      if (field && d && !isGenericName(ctx, object) && !/^['’]s\b/.test(ctx.s.slice(object.end))) push(object, field, d);
      continue;
    }
    const d = dateAfter(ctx, vEnd) ?? frontedDate(ctx);
    if (!d) continue;
    // Fronted participle: "Founded in 2011, CATL …".
    const lead = ctx.s.slice(0, vStart);
    if (/^(?:(?:First|Originally|Initially|Officially|Jointly)\s+)?$/i.test(lead) && d.start > vStart) {
      const afterDate = ctx.s.slice(d.end);
      const by = /^\s+by\s+/.exec(afterDate);
      let at = d.end;
      if (by) {
        const names = nameListAtStart(afterDate.slice(by[0].length));
        if (!names) continue;
        at = d.end + by[0].length + names.end;
      }
      const loc = /^\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,2}/.exec(ctx.s.slice(at));
      if (loc) at += loc[0].length;
      const r = subjectAfterComma(ctx, at, ['company', 'zone', 'policy', 'product']);
      const field = r && fits(r);
      if (r && field) push(r, field, d);
      continue;
    }
    // Passive or reduced relative: "Alibaba was founded in 1999", "CATL, founded in 2011, …".
    const aux =
      /(?:\b(?:was|were|is|are|has been|have been|had been|being|been|first|originally|initially|officially|formally|jointly|later|eventually)\s+)*$/.exec(
        lead,
      )!;
    const r = subjectBefore(ctx, vStart - aux[0].length, ['company', 'zone', 'policy', 'product']);
    const field = r && fits(r);
    if (r && field) push(r, field, d);
  }
  return out;
}
