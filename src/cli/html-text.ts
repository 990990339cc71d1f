/**
 * Visible text of an HTML document without a DOM library: drops comments and the elements whose
 * content is never shown (script, style, noscript, template), turns block boundaries into line
 * breaks so sentences do not run together, removes the remaining tags and decodes entities.
 * Offsets reported for an HTML file refer to this text.
 */

const HIDDEN_ELEMENTS = /<(script|style|noscript|template)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>/g;
const BLOCK_TAG =
  /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|title|tr|ul)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ANY_TAG = /<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  sbquo: '\u201a',
  bdquo: '\u201e',
  hellip: '\u2026',
  middot: '\u00b7',
  bull: '\u2022',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  laquo: '\u00ab',
  raquo: '\u00bb',
  deg: '\u00b0',
  times: '\u00d7',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  sect: '\u00a7',
  para: '\u00b6',
  hyphen: '\u2010',
  minus: '\u2212',
  prime: '\u2032',
  Prime: '\u2033',
};

const fromCodePoint = (cp: number, raw: string): string =>
  cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : raw;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (raw, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return fromCodePoint(Number.parseInt(dec, 10), raw);
    if (hex) return fromCodePoint(Number.parseInt(hex, 16), raw);
    return (name && NAMED[name]) ?? (name && NAMED[name] === '' ? '' : raw);
  });
}

export function htmlToText(html: string): string {
  const text = html.replace(COMMENT, ' ').replace(HIDDEN_ELEMENTS, ' ').replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  return decodeEntities(text)
    .replace(/[ \t\f\r\u00a0]*\n[ \t\f\r\u00a0\n]*/g, (run) => (run.split('\n').length > 2 ? '\n\n' : '\n'))
    .replace(/[ \t\f\r]{2,}/g, ' ')
    .trim();
}

export const looksLikeHtml = (name: string, content: string): boolean =>
  /\.x?html?$/i.test(name) || (name === '-' && /^\s*<(?:!doctype|html|head|body|div|p)\b/i.test(content));
