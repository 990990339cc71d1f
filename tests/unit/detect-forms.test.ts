/** Forms of a name the detector must see through, and the shape of what it returns (real dataset). */
import { describe, expect, it } from 'vitest';
import { findMentions, hasCandidates } from '../../src/detect/index';

const found = (text: string): string[] => findMentions(text).map((m) => `${m.text}=${m.id}`);

describe('mention shape', () => {
  it('reports UTF-16 offsets that slice back to the text, sorted and non-overlapping', () => {
    const text = '🚀 深圳 and Shenzhen’s Alibaba Group met Tencent.';
    const mentions = findMentions(text);
    expect(mentions.map((m) => m.id)).toEqual(['city:shenzhen', 'city:shenzhen', 'company:alibaba', 'company:tencent']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });
  it('lets the longest name win', () => {
    expect(found('Alibaba Group Holding rose.')).toEqual(['Alibaba Group Holding=company:alibaba']);
    expect(found('the Guangdong-Hong Kong-Macao Greater Bay Area')).toEqual([
      'Guangdong-Hong Kong-Macao Greater Bay Area=zone:greater-bay-area',
    ]);
  });
  it('filters by kind', () => {
    expect(findMentions('Alibaba in Hangzhou', { kinds: ['city'] }).map((m) => m.id)).toEqual(['city:hangzhou']);
  });
  it('finds nothing, cheaply, in text without names', () => {
    expect(hasCandidates('A quiet paragraph about gardening and the weather.')).toBe(false);
    expect(findMentions('A quiet paragraph about gardening and the weather.')).toEqual([]);
    expect(hasCandidates('Tencent')).toBe(true);
  });
});

describe('forms', () => {
  it('possessives, straight, curly and with a stray space', () => {
    expect(found("Shenzhen's economy")).toEqual(['Shenzhen=city:shenzhen']);
    expect(found('Alibaba\u2019 s shares')).toEqual(['Alibaba=company:alibaba']);
    expect(found('The Stone Groups head office')).toEqual(['Stone Group=company:stone-group']);
  });
  it('hyphen compounds', () => {
    expect(found('Beijing-based Baidu and Huawei-made chips')).toEqual([
      'Beijing=city:beijing',
      'Baidu=company:baidu',
      'Huawei=company:huawei',
    ]);
  });
  it('all capitals and sloppy lower case', () => {
    expect(found('BEIJING (Reuters) - shenzhen and hangzhou grew.')).toEqual([
      'BEIJING=city:beijing',
      'shenzhen=city:shenzhen',
      'hangzhou=city:hangzhou',
    ]);
  });
  it('curly apostrophes and odd hyphens inside names', () => {
    expect(found("Xi\u2019an and Xi'an")).toEqual(['Xi\u2019an=city:xian', "Xi'an=city:xian"]);
    for (const dash of ['\u2011', '\u2010', '\u2013']) {
      expect(found(`China's 14th Five${dash}Year Plan`)).toEqual([`14th Five${dash}Year Plan=policy:14th-five-year-plan`]);
    }
  });
  it('ordinals in words or digits', () => {
    expect(found('the fourteenth Five-Year Plan of China')).toEqual(['fourteenth Five-Year Plan=policy:14th-five-year-plan']);
    expect(found("China's 14th FYP")).toEqual(['14th FYP=policy:14th-five-year-plan']);
  });
  it('Internet+ and MIC 2025', () => {
    expect(found('Internet+ and MIC 2025 are Chinese policies; so is Made in China 2025.')).toEqual([
      'Internet+=policy:internet-plus',
      'MIC 2025=policy:made-in-china-2025',
      'Made in China 2025=policy:made-in-china-2025',
    ]);
  });
  it('Chinese script, longest match first, simplified and traditional', () => {
    expect(found('深圳和阿里巴巴，中国制造2025。')).toEqual([
      '深圳=city:shenzhen',
      '阿里巴巴=company:alibaba',
      '中国制造2025=policy:made-in-china-2025',
    ]);
    expect(found('粵港澳大灣區')).toEqual(['粵港澳大灣區=zone:greater-bay-area']);
  });
});
