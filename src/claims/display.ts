/** Values as short display text, for the card's note and the CLI: "April 2016", "12.5 million people (2023)". */
import type { Currency } from '../data/schema';
import type { Claim, DateValue, FigureUnit, FigureValue } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function showDate(d: DateValue): string {
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${MONTHS[d.month - 1]} ${d.year}`;
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

const SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A number in words of scale, with up to three significant decimals: 12,520,000 -> "12.52 million". */
export function showNumber(n: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(n) >= size) return `${Number((n / size).toFixed(3)).toString()} ${word}`;
  }
  return Math.round(n).toLocaleString('en-US');
}

const CURRENCY_FORMS: Readonly<Record<Currency, (n: string) => string>> = {
  CNY: (n) => `${n} yuan`,
  USD: (n) => `US$${n}`,
  HKD: (n) => `HK$${n}`,
  MOP: (n) => `MOP ${n}`,
};

export function showAmount(value: number, unit: FigureUnit, year?: number): string {
  const n = showNumber(value);
  const text = unit === 'people' || unit === 'employees' ? `${n} ${unit}` : CURRENCY_FORMS[unit](n);
  return year ? `${text} (${year})` : text;
}

const BOUND_WORDS = { exact: '', about: 'about ', over: 'more than ', under: 'less than ' } as const;

export const showFigure = (f: FigureValue): string => `${BOUND_WORDS[f.bound]}${showAmount(f.value, f.unit, f.year)}`;

/** What the page says, as display text. */
export function showPage(claim: Claim): string {
  switch (claim.field) {
    case 'founded':
    case 'established':
    case 'year':
    case 'launched':
      return showDate(claim.page);
    case 'population':
    case 'gdp':
    case 'revenue':
    case 'employees':
      return showFigure(claim.page);
    case 'period':
      return `${claim.page.from}–${claim.page.to}`;
    case 'designation':
      return showDate(claim.page.date);
    case 'headquarters':
      return claim.page.text;
    case 'listing':
      return [claim.page.venue?.text, claim.page.date && showDate(claim.page.date)].filter(Boolean).join(', ');
    case 'founders':
      return claim.page.names.join(', ');
  }
}
