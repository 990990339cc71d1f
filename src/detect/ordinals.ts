/** English ordinals 1..30 in words, so "14th Five-Year Plan" also matches "the fourteenth Five-Year Plan". */
const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

export function ordinalWord(n: number): string | undefined {
  if (n >= 1 && n <= 9) return UNITS[n];
  if (n >= 10 && n <= 19) return TEENS[n - 10];
  if (n === 20) return 'twentieth';
  if (n > 20 && n < 30) return `twenty-${UNITS[n - 20]}`;
  if (n === 30) return 'thirtieth';
  return undefined;
}

const DIGIT_ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)\s+(.+)$/i;

/** "14th Five-Year Plan" -> { n: 14, rest: "Five-Year Plan" }. */
export function splitOrdinal(alias: string): { n: number; rest: string } | undefined {
  const m = DIGIT_ORDINAL.exec(alias);
  return m ? { n: Number(m[1]), rest: m[2] as string } : undefined;
}
