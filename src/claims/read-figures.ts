/** Headline figures: population and GDP of a city, revenue and head count of a company, with their year. */
import type { Kind } from '../data/schema';
import { isHead, kindOfRef, overlaps, type Ctx, type Raw } from './clause';
import type { Bound, FigureField, FigureUnit } from './types';
import { asFigure, findDates, findFigures, type RawFigure } from './values';

const BOUND_WORDS =
  /^(?:(?:more than|over|about|around|nearly|almost|some|roughly|approximately|an estimated|close to|less than|under|just over|just under|upwards of|in excess of|at least)\s+)?/;
const NUMBER_VERB = String.raw`(?:of|was|were|is|are|stood at|reached|had reached|has reached|hit|totall?ed|rose to|grew to|climbed to|jumped to|increased to|fell to|dropped to|declined to|came in at|amounted to|exceeded|topped|surpassed)`;
const GROWTH_TO = String.raw`(?:grew|rose|expanded|increased|climbed|jumped)(?:\s+by)?\s+[\d.]+\s?(?:%|percent|per cent)(?:\s+year[- ]on[- ]year)?\s+to`;

const VERB_BOUNDS: readonly [RegExp, Bound][] = [
  [/\b(?:exceeded|topped|surpassed|passed|crossed|broke through)\b/, 'over'],
  [/\b(?:fell below|fell under|dropped below)\b/, 'under'],
];

interface FigureShape {
  readonly field: FigureField;
  readonly kind: Kind;
  readonly unit: FigureUnit | 'currency';
  /** Matched against the text right after the referent; the figure must follow. */
  readonly after: RegExp;
  /** Unit words the figure itself must carry (population "home to 12 million people"). */
  readonly needsUnit?: boolean;
  /** Counted people are employees here ("employs 188,000 people"). */
  readonly peopleAre?: FigureUnit;
  /** What the referent must be preceded by ("the population of Hangzhou was …"). */
  readonly before?: RegExp;
}

const SHAPES: readonly FigureShape[] = [
  {
    field: 'population',
    kind: 'city',
    unit: 'people',
    after: new RegExp(
      String.raw`^['’]s\s+(?:total\s+|permanent\s+|resident\s+|overall\s+|\d{4}\s+)?population\s+(?:${NUMBER_VERB}\s+)?(?:of\s+)?`,
    ),
  },
  {
    field: 'population',
    kind: 'city',
    unit: 'people',
    before: /\bpopulation\s+of\s+$/,
    after: new RegExp(String.raw`^\s+${NUMBER_VERB}\s+`),
  },
  { field: 'population', kind: 'city', unit: 'people', after: /^,?\s+(?:has|had|with|boasts)\s+(?:a\s+)?(?:total\s+)?population\s+of\s+/ },
  {
    field: 'population',
    kind: 'city',
    unit: 'people',
    needsUnit: true,
    after: /^,?\s+(?:(?:is|was)\s+)?(?:(?:a\s+(?:city|metropolis|megacity)\s+of)|home\s+to|has|had)\s+/,
  },
  {
    field: 'gdp',
    kind: 'city',
    unit: 'currency',
    after: new RegExp(
      String.raw`^['’]s\s+(?:total\s+|annual\s+|nominal\s+|\d{4}\s+)?(?:GDP|gross domestic product|economic output)\s+(?:(?:${NUMBER_VERB}|${GROWTH_TO})\s+)?(?:of\s+)?`,
    ),
  },
  {
    field: 'gdp',
    kind: 'city',
    unit: 'currency',
    before: /\b(?:GDP|gross domestic product|economic output)\s+of\s+$/,
    after: new RegExp(String.raw`^\s+${NUMBER_VERB}\s+`),
  },
  {
    field: 'gdp',
    kind: 'city',
    unit: 'currency',
    after:
      /^,?\s+(?:recorded|posted|reported|had|achieved|registered|generated)\s+(?:a\s+)?(?:total\s+)?(?:GDP|gross domestic product|economic output)\s+of\s+/,
  },
  {
    field: 'revenue',
    kind: 'company',
    unit: 'currency',
    after: new RegExp(
      String.raw`^['’]s\s+(?:annual\s+|total\s+|full-year\s+|yearly\s+|(?:fiscal\s+)?\d{4}\s+)?(?:revenue|revenues|turnover|sales)\s+(?:(?:${NUMBER_VERB}|${GROWTH_TO})\s+)?(?:of\s+)?`,
    ),
  },
  {
    field: 'revenue',
    kind: 'company',
    unit: 'currency',
    after:
      /^,?\s+(?:reported|posted|recorded|generated|had|booked|earned|achieved|made|logged)\s+(?:an?\s+)?(?:annual\s+|total\s+|full-year\s+|yearly\s+)?(?:revenue|revenues|turnover|sales)\s+of\s+/,
  },
  {
    field: 'employees',
    kind: 'company',
    unit: 'employees',
    needsUnit: true,
    peopleAre: 'employees',
    after: /^,?\s+(?:employs|employed|has|had|have)\s+/,
  },
  { field: 'employees', kind: 'company', unit: 'employees', needsUnit: true, after: /^['’]s\s+/ },
  {
    field: 'employees',
    kind: 'company',
    unit: 'employees',
    peopleAre: 'employees',
    after: /^,?\s+(?:has|had)\s+a\s+(?:total\s+|global\s+)?(?:workforce|staff|headcount)\s+of\s+/,
  },
  {
    field: 'employees',
    kind: 'company',
    unit: 'employees',
    peopleAre: 'employees',
    after: new RegExp(String.raw`^['’]s\s+(?:total\s+|global\s+)?(?:workforce|headcount|staff)\s+(?:${NUMBER_VERB}|numbered)\s+`),
  },
];

/** Words that say a figure counts something other than the dataset's figure. */
const OTHER_MEASURE: Readonly<Record<FigureField, RegExp>> = {
  population:
    /\b(?:registered|hukou|urban|metropolitan|metro|greater|floating|migrant|household|rural|districts?|working-age|elderly|aged|combined|region|province|students?|users|visitors|tourists)\b/i,
  gdp: /\b(?:per capita|per-capita|district|province|region|quarter|quarterly|first half|H1|months)\b/i,
  revenue:
    /\b(?:quarter|quarterly|Q[1-4]|half|H1|H2|first-half|months|monthly|segment|division|cloud|unit|subsidiary|GMV|gross merchandise|advertising|overseas|international)\b/i,
  employees: /\b(?:R&D|research|engineers|in China|overseas|abroad|factory|plant|campus|hired|hire|laid off|cut|cuts|layoffs)\b/i,
};

export function readFigures(ctx: Ctx): Raw[] {
  const out: Raw[] = [];
  const figures = findFigures(ctx.s);
  const datesOutside = findDates(ctx.s).filter((d) => !overlaps(ctx.mentions, d) && !overlaps(figures, d));
  for (const r of ctx.refs) {
    for (const shape of SHAPES) {
      if (kindOfRef(r) !== shape.kind || (shape.before && !shape.before.test(ctx.s.slice(0, r.start)))) continue;
      const m = shape.after.exec(ctx.s.slice(r.end));
      if (!m) continue;
      let at = r.end + m[0].length;
      at += BOUND_WORDS.exec(ctx.s.slice(at))![0].length;
      const f = figures.find((x) => x.start === at);
      if (!f || OTHER_MEASURE[shape.field].test(ctx.s)) continue;
      if (!/^['’]s/.test(m[0]) && !shape.before && !isHead(ctx, r)) continue;
      let raw: RawFigure = shape.peopleAre && f.value.unit === 'people' ? { ...f.value, unit: shape.peopleAre } : f.value;
      // "GDP exceeded 3 trillion yuan" bounds the figure from below; "fell below" from above.
      const verbBound = VERB_BOUNDS.find(([re]) => re.test(m[0]))?.[1];
      if (verbBound && raw.bound === 'exact') raw = { ...raw, bound: verbBound };
      if (shape.needsUnit && !raw.unit) continue;
      if (
        shape.unit === 'currency'
          ? !raw.unit || raw.unit === 'people' || raw.unit === 'employees'
          : !raw.unit && !raw.scaled && raw.value < 1000
      )
        continue;
      const years = new Set(datesOutside.map((d) => d.value.year));
      if (years.size > 1) continue;
      const year = years.size === 1 ? [...years][0] : undefined;
      const unit = shape.unit === 'currency' ? raw.unit! : shape.unit;
      const page = asFigure(raw, unit, year);
      if (page) out.push({ start: f.start, end: f.end, id: r.id, field: shape.field, page, anchor: { start: r.start, end: f.end } });
    }
  }
  return out;
}
