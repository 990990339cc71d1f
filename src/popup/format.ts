/** Cells as the words a reader sees (and exports): numbers with unit and year, names for ids. */
import type { Cell, CellValue } from '../data/compare';
import type { EntityId } from '../data/schema';

export interface FormatContext {
  readonly locale: string;
  readonly nameOf: (id: EntityId) => string;
  /** "no sourced figure" */
  readonly noFigure: string;
  /** "not computed: GDP is for 2021, population for 2020" */
  readonly yearsDiffer: (gdpYear: number, populationYear: number) => string;
  /** "people", "employees", "km²" */
  readonly unitLabel: (unit: string) => string;
  /** "no change recorded" (a company's status) */
  readonly noneRecorded: string;
  /** "sources disagree" */
  readonly disputed: string;
}

const CURRENCIES = new Set(['CNY', 'USD', 'HKD', 'MOP']);
export const isCurrency = (unit: string) => CURRENCIES.has(unit);

export function formatAmount(value: number, unit: string, locale: string): string {
  if (unit === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  if (isCurrency(unit)) {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: unit, notation: 'compact', maximumSignificantDigits: 3 }).format(
      value,
    );
  }
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 4 }).format(value);
}

/** The items of a list-valued cell (sectors, companies), or null for a single value. */
export function valueList(cell: CellValue, ctx: FormatContext): string[] | null {
  if (cell.type === 'text') return [...cell.values];
  if (cell.type === 'refs') return [...cell.ids.map(ctx.nameOf), ...(cell.extra ?? [])];
  return null;
}

/** The value alone, without source or dispute. */
export function valueText(cell: CellValue, ctx: FormatContext): string {
  switch (cell.type) {
    case 'number': {
      const amount = formatAmount(cell.value, cell.unit, ctx.locale);
      const withUnit = isCurrency(cell.unit) || cell.unit === 'percent' ? amount : `${amount} ${ctx.unitLabel(cell.unit)}`;
      return cell.year ? `${withUnit} (${cell.year})` : withUnit;
    }
    case 'year':
      return String(cell.value);
    case 'text':
    case 'refs':
      return valueList(cell, ctx)!.join(', ');
    case 'missing':
      if (cell.reason === 'none-recorded') return ctx.noneRecorded;
      return cell.reason === 'years-differ' && cell.years ? ctx.yearsDiffer(cell.years[0], cell.years[1]) : ctx.noFigure;
  }
}

/** Value plus note and the disagreeing values, for exports where there is no hover or link. */
export function cellText(cell: Cell, ctx: FormatContext): string {
  let out = valueText(cell, ctx);
  if ((cell.type === 'number' || cell.type === 'year') && cell.note) out += ` (${cell.note})`;
  if (cell.disputed) out += ` [${ctx.disputed}: ${cell.disputed.values.map((v) => String(v.value)).join('; ')}]`;
  return out;
}

export const cellSource = (cell: Cell): string | undefined => ('source' in cell ? cell.source : undefined);
