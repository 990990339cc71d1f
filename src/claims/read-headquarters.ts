/** Headquarters: "Shenzhen-based Huawei", "headquartered in Hangzhou", "Hangzhou, where Alibaba is headquartered". */
import type { CityId, ZoneId } from '../data/schema';
import type { Referent } from './anaphora';
import { DESC, isHead, kindOfRef, refAt, subjectAfterComma, subjectBefore, type Ctx, type Raw } from './clause';
import type { PlaceValue } from './types';

const NOT_PLACES =
  /^(?:Android|Linux|Windows|Cloud|Web|Internet|AI|Arm|ARM|RISC|Open|Chromium|Intel|Nvidia|Qualcomm|Apple|Google|Amazon|Microsoft|The|This|That)$/;
const PLACE_WORDS = String.raw`(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*`;
const BASED = new RegExp(String.raw`(${PLACE_WORDS})-(?:based|headquartered)\b`, 'g');
const BASED_IN = /\b(?:[Bb]ased|[Hh]eadquartered)\s+in\s+/g;

function placeAt(ctx: Ctx, start: number, end?: number): PlaceValue | undefined {
  const ref = ctx.refs.find(
    (r) => !r.anaphor && r.start === start && (end === undefined || r.end === end) && (kindOfRef(r) === 'city' || kindOfRef(r) === 'zone'),
  );
  if (ref) return { text: ctx.s.slice(ref.start, ref.end), id: ref.id as CityId | ZoneId };
  const words = (end === undefined ? new RegExp(`^${PLACE_WORDS}`).exec(ctx.s.slice(start))?.[0] : ctx.s.slice(start, end))?.replace(
    /[.’']+$/,
    '',
  );
  if (!words || NOT_PLACES.test(words.split(/\s+/)[0]!)) return undefined;
  // A name that is some other entity (a company, a policy) is no place.
  if (ctx.refs.some((r) => r.start < start + words.length && start < r.end)) return undefined;
  return { text: words };
}

export function readHeadquarters(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  const push = (r: Referent, place: PlaceValue, at: number): void => {
    out.push({
      start: at,
      end: at + place.text.length,
      id: r.id,
      field: 'headquarters',
      page: place,
      anchor: { start: Math.min(r.start, at), end: Math.max(r.end, at + place.text.length) },
    });
  };
  // "Shenzhen-based Huawei", "Hangzhou-based e-commerce giant Alibaba", "Huawei, a Shenzhen-based company".
  BASED.lastIndex = 0;
  for (let m = BASED.exec(ctx.s); m; m = BASED.exec(ctx.s)) {
    let placeStart = m.index;
    let text = m[1]!;
    // Only the words that belong to the place: a city named right before "-based", or the capitalised
    // words without a sentence word in front ("The Beijing-based", "Unlike Ningde-based").
    const city = ctx.refs.find(
      (r) => !r.anaphor && r.end === m.index + text.length && r.start >= m.index && (kindOfRef(r) === 'city' || kindOfRef(r) === 'zone'),
    );
    const lead = city
      ? { 0: ctx.s.slice(m.index, city.start) }
      : /^(?:The|A|An|Its|Their|Rival|Fellow|Unlike|Like|For|As|With|While|When|Both|Former|Many|Some|Other|Leading|Chinese|China['’]s)\s+/.exec(
          text,
        );
    if (lead?.[0]) {
      placeStart += lead[0].length;
      text = text.slice(lead[0].length);
    }
    if (/\b(?:formerly|once|then|previously|originally|ex)\s*$/i.test(ctx.s.slice(Math.max(0, placeStart - 20), placeStart))) continue;
    const place = placeAt(ctx, placeStart, placeStart + text.length);
    if (!place) continue;
    const afterStart = m.index + m[0].length;
    const desc = new RegExp(String.raw`^\s+${DESC}`).exec(ctx.s.slice(afterStart));
    const r = desc && refAt(ctx, afterStart + desc[0].length, ['company']);
    if (
      r &&
      !ctx.refs.some((o) => o !== r && o.start >= afterStart && o.end <= r.start && kindOfRef(o) === 'company') &&
      !/^\s+(?:and|&|or)\s/.test(ctx.s.slice(r.end))
    ) {
      push(r, place, placeStart);
      continue;
    }
    // Apposition or predicate: "Huawei, a Shenzhen-based …", "Xiaomi is a Beijing-based …".
    const owner = ctx.refs
      .filter((o) => o.end <= placeStart && /^(?:\s*,\s+|\s+(?:is|was)\s+)(?:a|an|the)\s+$/.test(ctx.s.slice(o.end, placeStart)))
      .at(-1);
    if (owner && kindOfRef(owner) === 'company' && isHead(ctx, owner)) push(owner, place, placeStart);
  }
  // "Alibaba, headquartered in Hangzhou", "Huawei is based in Shenzhen", "Headquartered in Hangzhou, Alibaba …".
  BASED_IN.lastIndex = 0;
  for (let m = BASED_IN.exec(ctx.s); m; m = BASED_IN.exec(ctx.s)) {
    const at = m.index + m[0].length;
    const place = placeAt(ctx, at);
    if (!place) continue;
    const lead = ctx.s.slice(0, m.index);
    if (/\b(?:formerly|once|previously|originally|now|later|moved|relocated)\s+$/i.test(lead)) continue;
    let r: Referent | undefined;
    if (/^\s*$/.test(lead)) {
      const after = /^(?:,\s*[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?(?=\s*,))?/.exec(ctx.s.slice(at + place.text.length))!;
      r = subjectAfterComma(ctx, at + place.text.length + after[0].length, ['company']);
    } else {
      const aux = /(?:\b(?:is|was|are|were|been|has been|had been)\s+)*$/.exec(lead)!;
      r = subjectBefore(ctx, m.index - aux[0].length, ['company']);
    }
    if (r) push(r, place, at);
  }
  // "Hangzhou, where Alibaba is headquartered".
  for (const city of ctx.refs) {
    if (city.anaphor || (kindOfRef(city) !== 'city' && kindOfRef(city) !== 'zone')) continue;
    const m = /^,\s+where\s+/.exec(ctx.s.slice(city.end));
    if (!m) continue;
    const desc = new RegExp(`^${DESC}`).exec(ctx.s.slice(city.end + m[0].length))!;
    const r = refAt(ctx, city.end + m[0].length + desc[0].length, ['company']);
    if (r && /^\s+(?:is|was)\s+(?:headquartered|based)\b/.test(ctx.s.slice(r.end)))
      push(r, { text: ctx.s.slice(city.start, city.end), id: city.id as CityId | ZoneId }, city.start);
  }
  // "Alibaba's headquarters in Hangzhou".
  for (const r of ctx.refs) {
    if (kindOfRef(r) !== 'company') continue;
    const m = /^['’]s\s+(?:global\s+|main\s+)?headquarters\s+(?:is\s+|are\s+)?in\s+/.exec(ctx.s.slice(r.end));
    const place = m && placeAt(ctx, r.end + m[0].length);
    if (m && place) push(r, place, r.end + m[0].length);
  }
  return out;
}
