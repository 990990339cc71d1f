/** Listings: "listed in Hong Kong in 2019", "Alibaba's IPO in New York", "Hong Kong-listed Tencent". */
import { DESC, frontedDate, kindOfRef, refAt, subjectBefore, type Ctx, type Raw } from './clause';
import type { ListingValue } from './types';
import { dateAtStart } from './values';
import { venueAtStart } from './venues';

const LISTED =
  /\b(?:listed|went public|floated|debuted|began trading|started trading|made its (?:market |trading |stock market |public )?debut|completed (?:its|an?) (?:secondary |dual |primary )?(?:listing|IPO|initial public offering)|held (?:its|an?) (?:IPO|initial public offering))\b/g;
const VENUE_LISTED = /\b(Hong Kong|Shanghai|Shenzhen|Nasdaq|NASDAQ|NYSE|New York|US|U\.S\.|STAR Market|Beijing)-listed\s+/g;

/** "on the Hong Kong Stock Exchange in 2019", "in 2014 in New York", "in Hong Kong". */
function listingAfter(ctx: Ctx, pos: number): { start: number; end: number; value: ListingValue } | undefined {
  const rest = ctx.s.slice(pos);
  const pre = /^(?:\s+(?:its\s+)?(?:shares|stock))?\s+(?:on|in)\s+/.exec(rest);
  if (!pre) return undefined;
  const at = pos + pre[0].length;
  const v = venueAtStart(ctx.s.slice(at));
  if (v) {
    const vStart = at + v.offset;
    const vEnd = at + v.length;
    const tail = /^(?:['’]s\s+main board)?\s*,?\s+(?:in|on)\s+/.exec(ctx.s.slice(vEnd));
    const d = tail && dateAtStart(ctx.s.slice(vEnd + tail[0].length));
    if (d) return { start: vStart, end: vEnd + tail[0].length + d.end, value: { venue: v.venue, date: d.value } };
    return { start: vStart, end: vEnd, value: { venue: v.venue } };
  }
  const d = dateAtStart(ctx.s.slice(at));
  if (!d) return undefined;
  const dEnd = at + d.end;
  const tail = /^\s+(?:on|in)\s+/.exec(ctx.s.slice(dEnd));
  const v2 = tail && venueAtStart(ctx.s.slice(dEnd + tail[0].length));
  if (tail && v2) return { start: at, end: dEnd + tail[0].length + v2.length, value: { venue: v2.venue, date: d.value } };
  return { start: at, end: dEnd, value: { date: d.value } };
}

export function readListings(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  LISTED.lastIndex = 0;
  for (let m = LISTED.exec(ctx.s); m; m = LISTED.exec(ctx.s)) {
    const l = listingAfter(ctx, m.index + m[0].length);
    if (!l) continue;
    const lead = ctx.s.slice(0, m.index);
    const aux = /(?:\b(?:was|were|is|are|has been|have been|had been|been|first|originally|successfully|finally)\s+)*$/.exec(lead)!;
    const r = subjectBefore(ctx, m.index - aux[0].length, ['company']);
    if (!r) continue;
    // "In 2017, the company went public on the Shenzhen Stock Exchange": the fronted date is the listing's.
    const fronted = !l.value.date && l.value.venue ? frontedDate(ctx) : undefined;
    if (fronted && l.value.venue) {
      out.push({
        start: fronted.start,
        end: fronted.end,
        id: r.id,
        field: 'listing',
        page: { venue: l.value.venue, date: fronted.value },
        anchor: { start: r.start, end: l.end },
      });
    } else {
      out.push({ start: l.start, end: l.end, id: r.id, field: 'listing', page: l.value, anchor: { start: r.start, end: l.end } });
    }
  }
  // "Alibaba's IPO in New York in 2014", "Xiaomi's listing on the Hong Kong Stock Exchange".
  for (const r of ctx.refs) {
    if (kindOfRef(r) !== 'company') continue;
    const m =
      /^['’]s\s+(?:\d{4}\s+)?(?:secondary\s+|dual\s+|primary\s+)?(?:initial public offering|IPO|listing|flotation|market debut|stock market debut|trading debut)/.exec(
        ctx.s.slice(r.end),
      );
    const l = m && listingAfter(ctx, r.end + m[0].length);
    if (m && l) out.push({ start: l.start, end: l.end, id: r.id, field: 'listing', page: l.value, anchor: { start: r.start, end: l.end } });
  }
  // "Hong Kong-listed Tencent".
  VENUE_LISTED.lastIndex = 0;
  for (let m = VENUE_LISTED.exec(ctx.s); m; m = VENUE_LISTED.exec(ctx.s)) {
    if (/\b(?:dual|and|&)\s*$/.test(ctx.s.slice(Math.max(0, m.index - 8), m.index))) continue;
    const v = venueAtStart(m[1]!);
    const afterStart = m.index + m[0].length;
    const desc = new RegExp(`^${DESC}`).exec(ctx.s.slice(afterStart))!;
    const r = refAt(ctx, afterStart + desc[0].length, ['company']);
    if (v && r && !/^\s+(?:and|&|or)\s/.test(ctx.s.slice(r.end))) {
      out.push({
        start: m.index,
        end: m.index + m[1]!.length,
        id: r.id,
        field: 'listing',
        page: { venue: v.venue },
        anchor: { start: m.index, end: r.end },
      });
    }
  }
  return out;
}
