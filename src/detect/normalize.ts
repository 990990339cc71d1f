/**
 * Surface normalisation shared by the alias table and the matcher, so that a hit can be looked
 * up by the same key its alias was stored under. Page text keeps its own characters: only keys
 * are normalised, offsets always point into the original string.
 */

/** Hyphen-like characters writers and typesetters use between words: -, U+2010..U+2014, U+2212. */
export const HYPHENS = '\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212';
/** Apostrophe-like characters: ', U+2018, U+2019, U+02BC, backtick. */
export const APOSTROPHES = "'\\u2018\\u2019\\u02BC`";

/** Double quotation marks, Western and CJK: optional inside a name ("Broadband China" strategy, 专精特新“小巨人”企业). */
export const QUOTES = '"\\u201c\\u201d\\u300c\\u300d\\u300e\\u300f';

const SEPARATOR_RUN = new RegExp(`[\\s\\u00a0${HYPHENS}]+`, 'g');
const APOSTROPHE = new RegExp(`[${APOSTROPHES}${QUOTES}]`, 'g');

/** Lookup key: lower case, apostrophes and quotation marks dropped, any run of spaces/hyphens as one space. */
export function aliasKey(surface: string): string {
  return surface.replace(APOSTROPHE, '').replace(SEPARATOR_RUN, ' ').trim().toLowerCase();
}

/** Same as aliasKey but keeps case, for exact-case aliases ("BOE" is not "BoE"). */
export function caseKey(surface: string): string {
  return surface.replace(APOSTROPHE, '').replace(SEPARATOR_RUN, ' ').trim();
}

/** CJK ideographs (and the ideographic number zero): such aliases match without word boundaries. */
export const isCjk = (ch: string): boolean => /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch);

export const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
