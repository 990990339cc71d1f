/** A policy's period ("the 13th Five-Year Plan (2016-2020)") and the places designated under it. */
import type { CityId, Kind, PolicyId, ZoneId } from '../data/schema';
import type { Referent } from './anaphora';
import { frontedDate, isGenericName, kindOfRef, overlaps, subjectBefore, type Ctx, type Raw } from './clause';
import type { Span } from './sentences';
import { dateAtStart, findPeriods } from './values';

/** Policy phrases the detector does not know as names but designation sentences use ("… e-commerce pilot cities"). */
export interface DesignationPhrase {
  readonly id: PolicyId;
  readonly re: RegExp;
}

export function readPeriods(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  const periods = findPeriods(ctx.s);
  for (const r of ctx.refs) {
    if (kindOfRef(r) !== 'policy' || isGenericName(ctx, r)) continue;
    const m =
      /^(?:\s+period)?\s*(?:\(\s*|,?\s+(?:which\s+)?(?:covers|covering|covered|spans|spanning|spanned|runs|running|ran|for|from)\s+(?:the\s+(?:years|period)\s+)?(?:from\s+)?)/.exec(
        ctx.s.slice(r.end),
      );
    if (!m) continue;
    const at = r.end + m[0].length;
    const p = periods.find((x) => x.start === at);
    if (p) out.push({ start: p.start, end: p.end, id: r.id, field: 'period', page: p.value, anchor: { start: r.start, end: p.end } });
  }
  return out;
}

const FILLER = String.raw`(?:(?!and\b|or\b|but\b|not\b|which\b|that\b|in\b)[\w’'-]+\s+){0,6}`;
const BECAME = new RegExp(
  String.raw`\b(?:became|becomes|was\s+made|was\s+named|was\s+designated|was\s+approved|was\s+chosen|was\s+selected|was\s+picked|was\s+listed|joined)\s+(?:as\s+)?(?:one\s+of\s+)?${FILLER}$`,
);
const DESIGNATED = /\b(?:designated|named|approved|made|chose|selected|picked|listed)\s+$/;

interface PolicyPhrase extends Span {
  readonly id: PolicyId;
}

function policyPhrases(ctx: Ctx, phrases: readonly DesignationPhrase[]): PolicyPhrase[] {
  const out: PolicyPhrase[] = ctx.refs
    .filter((r) => !r.anaphor && kindOfRef(r) === 'policy')
    .map((r) => ({ start: r.start, end: r.end, id: r.id as PolicyId }));
  for (const p of phrases) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(ctx.s); m; m = p.re.exec(ctx.s)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!overlaps(out, span)) out.push({ ...span, id: p.id });
    }
  }
  return out;
}

export function readDesignations(ctx: Ctx, phrases: readonly DesignationPhrase[]): Raw[] {
  const out: Raw[] = [];
  const places: readonly Kind[] = ['city', 'zone'];
  for (const p of policyPhrases(ctx, phrases)) {
    const before = ctx.s.slice(0, p.start);
    const d = (() => {
      const m = /^\s*(?:\([^)]*\)\s*)?,?\s+(?:in|on)\s+/.exec(ctx.s.slice(p.end));
      const at = m ? p.end + m[0].length : -1;
      const x = m ? dateAtStart(ctx.s.slice(at)) : undefined;
      return x ? { start: at, end: at + x.end, value: x.value } : frontedDate(ctx);
    })();
    if (!d) continue;
    let place: Referent | undefined;
    let verbStart = -1;
    const became = BECAME.exec(before);
    if (became) {
      verbStart = became.index;
      place = subjectBefore(ctx, verbStart, places);
    } else {
      // "designated the city as one of China's 10 … pilot cities".
      const asPhrase = new RegExp(String.raw`^\s+as\s+(?:one\s+of\s+)?${FILLER}$`);
      const r = ctx.refs
        .filter((x) => x.end <= p.start && places.includes(kindOfRef(x)) && asPhrase.test(ctx.s.slice(x.end, p.start)))
        .at(-1);
      const verb = r && DESIGNATED.exec(ctx.s.slice(0, r.start));
      if (r && verb) {
        place = r;
        verbStart = verb.index;
      }
      // "approved the China (Hangzhou) cross-border e-commerce pilot zone".
      const paren = /\(\s*$/.exec(before.replace(/\)\s*$/, '')) ? undefined : /(?:China\s+)?\(\s*([^()]{2,30})\s*\)\s*$/.exec(before);
      if (!place && paren) {
        const inner = before.lastIndexOf(paren[1]!);
        const r2 = ctx.refs.find((x) => x.start === inner && places.includes(kindOfRef(x)));
        const verb =
          /\b(?:set up|established|approved|launched|opened|created)\s+(?:the\s+(?:setup|creation|establishment)\s+of\s+)?(?:the\s+|a\s+|an\s+)?$/.exec(
            before.slice(0, paren.index),
          );
        if (r2 && verb) {
          place = r2;
          verbStart = verb.index;
        }
      }
    }
    if (!place || verbStart < 0) continue;
    const text = ctx.s.slice(place.start, place.end);
    out.push({
      start: d.start,
      end: d.end,
      id: p.id,
      field: 'designation',
      page: { place: { text, id: place.id as CityId | ZoneId }, date: d.value },
      anchor: { start: Math.min(place.start, d.start), end: Math.max(p.end, d.end) },
    });
  }
  return out;
}
