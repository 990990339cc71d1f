/**
 * Stock exchanges as pages name them. Names are normalised to the dataset's `Exchange` codes; a city or
 * country name stands for every exchange there ("New York" is the NYSE or Nasdaq, "Shanghai" the main
 * board or the STAR Market), so a listing claim never fails on how a venue is called.
 */
import type { Exchange } from '../data/schema';
import type { Venue } from './types';

const VENUES: readonly [string, readonly Exchange[]][] = [
  [String.raw`New York Stock Exchange|NYSE`, ['NYSE']],
  [String.raw`Nasdaq(?:\s+(?:Stock Market|Global Select Market|Global Market|exchange))?|NASDAQ`, ['NASDAQ']],
  [
    String.raw`Hong Kong Stock Exchange|Hong Kong Exchanges?(?: and Clearing)?|Stock Exchange of Hong Kong|Hong Kong['’]s stock exchange|HKEX|HKEx|HKSE|SEHK|Hong Kong bourse|Hong Kong`,
    ['HKEX'],
  ],
  [String.raw`(?:Shanghai['’]s\s+)?STAR Market|Sci-Tech Innovation Board|Science and Technology Innovation Board`, ['SSE STAR']],
  [String.raw`Shanghai Stock Exchange|Shanghai bourse|Shanghai`, ['SSE', 'SSE STAR']],
  [String.raw`(?:Shenzhen['’]s\s+)?ChiNext(?: board| market)?`, ['SZSE ChiNext']],
  [String.raw`Shenzhen Stock Exchange|Shenzhen bourse|Shenzhen`, ['SZSE', 'SZSE ChiNext']],
  [String.raw`Beijing Stock Exchange`, ['BSE']],
  [String.raw`New York|Wall Street|the U\.S\.|the US|U\.S\.|US|the United States|United States`, ['NYSE', 'NASDAQ']],
  [String.raw`London Stock Exchange|London`, ['LSE']],
  [String.raw`Taiwan Stock Exchange|Taipei|Taiwan`, ['TWSE']],
  [String.raw`SIX Swiss Exchange|Zurich|Switzerland`, ['SIX']],
  [String.raw`Korea Exchange|Seoul`, ['KRX']],
];

const VENUE_AT_START = new RegExp(
  String.raw`^(?:the\s+)?(?:main board of the\s+|Main Board of the\s+)?(${VENUES.map(([re]) => `(?:${re})`).join('|')})\b`,
);
const ALTERNATIVES = VENUES.map(([re, ex]) => [new RegExp(`^(?:${re})$`), ex] as const);

/** The venue named at the start of `text` ("the Hong Kong Stock Exchange in 2019" -> HKEX), with its length. */
export function venueAtStart(text: string): { venue: Venue; length: number; offset: number } | undefined {
  const m = VENUE_AT_START.exec(text);
  if (!m) return undefined;
  const name = m[1]!;
  const exchanges = ALTERNATIVES.find(([re]) => re.test(name))?.[1];
  if (!exchanges) return undefined;
  return { venue: { text: name, exchanges }, length: m[0].length, offset: m[0].length - name.length };
}

/** The exchanges a name can mean, or undefined when it names none. */
export function exchangesNamed(name: string): readonly Exchange[] | undefined {
  return venueAtStart(name)?.venue.exchanges;
}
