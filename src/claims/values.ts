/**
 * Reading values as written: dates at their precision, figures with unit, currency and scale, year
 * spans. Hand-written rather than compromise's numbers()/money(): compromise reads "US$280 million" as
 * the bare word "million", "1.4tn" as 1.4 and does not know "HK$", "RMB" or "万亿" at all.
 */
import type { Currency } from '../data/schema';
import type { Bound, DateValue, FigureUnit, FigureValue, PeriodValue } from './types';

export interface Found<V> {
  /** Offsets in the string searched. */
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

const monthOf = (name: string): number => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Date forms, most precise first; the first that matches at a place wins. */
const DATE_FORMS: readonly { re: RegExp; read: (m: RegExpExecArray) => DateValue }[] = [
  {
    re: new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}(?![\d-])`, 'gi'),
    read: (m) => ({ precision: 'day', day: +m[1]!, month: monthOf(m[2]!), year: +m[3]! }),
  },
  {
    re: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}(?![\d-])`, 'gi'),
    read: (m) => ({ precision: 'day', month: monthOf(m[1]!), day: +m[2]!, year: +m[3]! }),
  },
  {
    re: /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g,
    read: (m) => ({ precision: 'day', year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  },
  {
    re: /(1[89]\d\d|20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    read: (m) => ({ precision: 'day', year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  },
  { re: /(1[89]\d\d|20\d\d)\s*年\s*(\d{1,2})\s*月/g, read: (m) => ({ precision: 'month', year: +m[1]!, month: +m[2]! }) },
  {
    re: new RegExp(String.raw`\b${MONTH},?\s+(?:of\s+)?${YEAR}(?![\d-])`, 'gi'),
    read: (m) => ({ precision: 'month', month: monthOf(m[1]!), year: +m[2]! }),
  },
  // A bare year: not a part of a longer number, an amount ("$2015"), a decade ("1990s") or a span ("2016-2020").
  { re: /(?<![\d$.,\-–/])(1[89]\d\d|20\d\d)(?![\d%]|s\b|\s*[-–—]\s*\d|\.\d|,\d{3})/g, read: (m) => ({ precision: 'year', year: +m[1]! }) },
  { re: /(1[89]\d\d|20\d\d)\s*年/g, read: (m) => ({ precision: 'year', year: +m[1]! }) },
];

const valid = (d: DateValue): boolean =>
  (d.precision === 'year' || (d.month >= 1 && d.month <= 12)) && (d.precision !== 'day' || (d.day >= 1 && d.day <= 31));

/** Every date in `text`, non-overlapping, the most precise reading of each stretch. */
export function findDates(text: string): Found<DateValue>[] {
  const out: Found<DateValue>[] = [];
  const taken = (s: number, e: number): boolean => out.some((f) => f.start < e && s < f.end);
  for (const { re, read } of DATE_FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = read(m);
      const end = m.index + m[0].length;
      if (valid(value) && !taken(m.index, end)) out.push({ start: m.index, end, value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date that starts exactly at `text`'s beginning, if any. */
export function dateAtStart(text: string): Found<DateValue> | undefined {
  const d = findDates(text.slice(0, 40))[0];
  return d && d.start === 0 ? d : undefined;
}

const PERIOD = /(?<![\d$])(1[89]\d\d|20\d\d)\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b)\s*((?:1[89]|20)?\d\d)(?![\d%])/gi;

/** Year spans: "2016-2020", "2016–20", "2016 to 2020". */
export function findPeriods(text: string): Found<PeriodValue>[] {
  const out: Found<PeriodValue>[] = [];
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
    const from = +m[1]!;
    const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + +m[2]! : +m[2]!;
    if (to > from && to - from < 50) out.push({ start: m.index, end: m.index + m[0].length, value: { from, to } });
  }
  return out;
}

// ---- figures ----------------------------------------------------------------------------------

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  万: 1e4,
  亿: 1e8,
  万亿: 1e12,
};
const PREFIX_CURRENCY: readonly [RegExp, Currency][] = [
  [/^(?:US\$|USD|U\.S\.\s?\$)$/i, 'USD'],
  [/^\$$/, 'USD'],
  [/^(?:HK\$|HKD)$/i, 'HKD'],
  [/^(?:RMB|CNY|CN¥|¥|￥)$/i, 'CNY'],
  [/^(?:MOP\$?|MOP)$/i, 'MOP'],
];
const SUFFIX_CURRENCY: readonly [RegExp, Currency][] = [
  [/^(?:yuan|renminbi|RMB|CNY|元|人民币)$/i, 'CNY'],
  [/^(?:US dollars|U\.S\. dollars|dollars|USD)$/i, 'USD'],
  [/^(?:Hong Kong dollars|HK dollars|HKD|港元|港币)$/i, 'HKD'],
  [/^(?:patacas|MOP)$/i, 'MOP'],
];
const COUNT_UNITS: Readonly<Record<string, FigureUnit>> = {
  people: 'people',
  residents: 'people',
  inhabitants: 'people',
  persons: 'people',
  人: 'people',
  employees: 'employees',
  staff: 'employees',
  workers: 'employees',
  staffers: 'employees',
  员工: 'employees',
};

const FIGURE = new RegExp(
  String.raw`(US\$|U\.S\.\s?\$|HK\$|CN¥|MOP\$|[$¥￥]|\b(?:USD|HKD|RMB|CNY|MOP)\s?)?` + // 1 currency before
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` + // 2 number
    String.raw`(?:\s?(万亿|万|亿)|\s?(thousand|million|billion|trillion)\b|(k|mn|mln|m|bn|b|tn|trn)\b|\s(mn|mln|bn|tn)\b)?` + // 3-6 scale
    String.raw`(?:\s?(元|人民币|港元|港币|人|员工)|\s(yuan|renminbi|RMB|CNY|USD|HKD|MOP|patacas|(?:US |U\.S\. |Hong Kong |HK )?dollars|people|residents|inhabitants|persons|employees|staff|workers|staffers)\b)?`, // 7-8 unit
  'g',
);

const BOUND_BEFORE: readonly [RegExp, Bound][] = [
  [/\b(?:more than|over|upwards of|in excess of|at least|above|exceeding|topping|surpassing|beyond)\s+$/i, 'over'],
  [/\b(?:less than|fewer than|under|below|up to|no more than)\s+$/i, 'under'],
  [/\b(?:about|around|roughly|approximately|approx\.|some|nearly|almost|close to|an estimated|estimated|circa|c\.)\s+$/i, 'about'],
  [/(?:超过|逾|近|约)\s*$/, 'about'],
];

/** Half a unit of the last significant digit written: "12.5" -> 0.05, "188,000" -> 500, "20" -> 5. */
function halfStep(digits: string): number {
  const plain = digits.replace(/,/g, '');
  const dot = plain.indexOf('.');
  if (dot !== -1) return 0.5 * 10 ** -(plain.length - dot - 1);
  const zeros = /0*$/.exec(plain)![0].length;
  return 0.5 * 10 ** Math.min(zeros, plain.length - 1);
}

export interface RawFigure {
  readonly value: number;
  readonly step: number;
  /** Undefined when the text names neither currency nor counted thing ("12.5m"). */
  readonly unit?: FigureUnit;
  readonly bound: Bound;
  readonly scaled: boolean;
}

/** Every figure in `text` with whatever unit, currency and scale stand beside it. Years are not figures. */
export function findFigures(text: string): Found<RawFigure>[] {
  const out: Found<RawFigure>[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const [whole, pre, digits, zhScale, wordScale, tightScale, spacedScale, zhUnit, wordUnit] = m;
    if (!digits) continue;
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (/[\d.,\w]/.test(before)) continue; // inside another token
    const scaleWord = zhScale ?? wordScale ?? tightScale ?? spacedScale;
    const scale = scaleWord ? (SCALES[scaleWord.toLowerCase()] ?? SCALES[scaleWord] ?? 1) : 1;
    const n = Number.parseFloat(digits.replace(/,/g, ''));
    if (!scaleWord && !pre && !zhUnit && !wordUnit && /^(1[89]\d\d|20\d\d)$/.test(digits)) continue; // a year
    if (/^\s?[%％]|^\s?(?:percent|per cent)\b/i.test(text.slice(m.index + whole.length))) continue;
    const unitWord = (zhUnit ?? wordUnit)?.trim();
    let unit: FigureUnit | undefined;
    const preCur = pre?.trim();
    if (preCur) unit = PREFIX_CURRENCY.find(([re]) => re.test(preCur))?.[1];
    if (unitWord) {
      const cur = SUFFIX_CURRENCY.find(([re]) => re.test(unitWord))?.[1];
      const count = COUNT_UNITS[unitWord.toLowerCase()] ?? COUNT_UNITS[unitWord];
      const u = cur ?? count;
      // "$5 billion yuan" names two currencies: trust neither.
      if (unit && u && unit !== u && !(unit === 'USD' && u === 'USD')) continue;
      unit = u ?? unit;
    }
    const head = text.slice(Math.max(0, m.index - 30), m.index);
    const bound = BOUND_BEFORE.find(([re]) => re.test(head))?.[1] ?? 'exact';
    out.push({
      start: m.index,
      end: m.index + whole.length,
      value: { value: n * scale, step: halfStep(digits) * scale, unit, bound, scaled: scale !== 1 },
    });
  }
  return out;
}

/** A raw figure read as a page value of the given unit; the unit the text names must agree. */
export function asFigure(raw: RawFigure, unit: FigureUnit, year?: number): FigureValue | undefined {
  if (raw.unit && raw.unit !== unit) return undefined;
  return { value: raw.value, unit, step: raw.step, bound: raw.bound, ...(year ? { year } : {}) };
}

export const isCurrency = (u: string | undefined): u is Currency => u === 'CNY' || u === 'USD' || u === 'HKD' || u === 'MOP';
