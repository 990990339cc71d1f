/** Founders: "founded by X and Y", "X founded Y", with whether the list is the whole list. */
import { kindOfRef, overlaps, subjectAfterComma, subjectBefore, type Ctx, type Raw } from './clause';
import { nameListAtStart } from './names';
import type { Span } from './sentences';
import { dateAtStart } from './values';

const FOUNDED_BY = /\b(co-founded|founded|set up|started|established|created|formed)\s+(?:(?:in|on)\s+[^,;]{3,30}?\s+)?by\s+/g;
const FOUNDER_VERB =
  /\s+(?:(?:officially|formally|jointly|first|originally|later)\s+)?(co-founded|founded|set up|started|established|created|formed)\s+(?:the\s+)?$/;

export function readFounders(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  const namesOverlapRefs = (a: Span): boolean => overlaps(ctx.refs, a);
  FOUNDED_BY.lastIndex = 0;
  for (let m = FOUNDED_BY.exec(ctx.s); m; m = FOUNDED_BY.exec(ctx.s)) {
    const at = m.index + m[0].length;
    const list = nameListAtStart(ctx.s.slice(at));
    if (!list) continue;
    const span = { start: at, end: at + list.end };
    if (namesOverlapRefs(span)) continue; // "founded by Alibaba": a parent company, not people
    const lead = ctx.s.slice(0, m.index);
    const aux = /(?:\b(?:was|were|is|are|has been|had been|been|first|originally|jointly)\s+)*$/.exec(lead)!;
    let r = subjectBefore(ctx, m.index - aux[0].length, ['company']);
    if (!r && /^(?:(?:First|Originally|Jointly)\s+)?$/i.test(lead)) {
      let after = span.end;
      const date = /^\s+(?:in|on)\s+/.exec(ctx.s.slice(after));
      if (date) {
        const d = dateAtStart(ctx.s.slice(after + date[0].length));
        if (d) after += date[0].length + d.end;
      }
      r = subjectAfterComma(ctx, after, ['company']);
    }
    if (!r) continue;
    const exhaustive = m[1] !== 'co-founded' && list.closed;
    out.push({
      ...span,
      id: r.id,
      field: 'founders',
      page: { names: list.names, exhaustive },
      anchor: { start: Math.min(r.start, m.index), end: span.end },
    });
  }
  // Active: "Ren Zhengfei founded Huawei in 1987", "Ren Zhengfei, a former army engineer, founded Huawei".
  for (const r of ctx.refs) {
    if (kindOfRef(r) !== 'company' || r.anaphor) continue;
    const v = FOUNDER_VERB.exec(ctx.s.slice(0, r.start));
    if (!v || /^['’]s\b/.test(ctx.s.slice(r.end))) continue;
    let head = ctx.s.slice(0, v.index);
    const app = /,\s+(?:a|an|the|his|her)\b[^,;()]{1,100},?$/.exec(head);
    if (app) head = head.slice(0, app.index);
    // The names must open the sentence or follow a fronted date ("In 2010, Lei Jun founded Xiaomi").
    const open = /^(?:(?:In|On)\s+[^,]{4,30},\s+)?/.exec(head)!;
    const list = nameListAtStart(head.slice(open[0].length));
    if (!list || open[0].length + list.end !== head.trimEnd().length) continue;
    const span = { start: open[0].length, end: open[0].length + list.end };
    if (namesOverlapRefs(span)) continue;
    out.push({
      ...span,
      id: r.id,
      field: 'founders',
      page: { names: list.names, exhaustive: v[1] !== 'co-founded' && list.closed },
      anchor: { start: span.start, end: r.end },
    });
  }
  return out;
}
