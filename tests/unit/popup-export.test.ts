import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toMarkdown, type ExportTable } from '../../src/popup/export';

const table: ExportTable = {
  fieldHeader: 'Field',
  headers: ['Shenzhen (深圳)', 'Beijing (北京)'],
  sourceWord: 'source',
  rows: [
    {
      label: 'Population',
      cells: [
        { text: '17.56M people (2021)', source: 'https://a.example/sz' },
        { text: '21.89M people (2021)', source: 'https://a.example/bj' },
      ],
    },
    { label: 'Known for', cells: [{ text: 'hardware, "makers"', source: 'https://a.example/x' }, { text: 'a | b\nc' }] },
  ],
};

describe('Markdown export', () => {
  it('writes a table with a source link per value and escapes pipes and line breaks', () => {
    expect(toMarkdown(table)).toBe(
      [
        '| Field | Shenzhen (深圳) | Beijing (北京) |',
        '| --- | --- | --- |',
        '| Population | 17.56M people (2021) ([source](https://a.example/sz)) | 21.89M people (2021) ([source](https://a.example/bj)) |',
        '| Known for | hardware, "makers" ([source](https://a.example/x)) | a \\| b c |',
        '',
      ].join('\n'),
    );
  });
});

describe('CSV export', () => {
  it('gives each entity a value column and a source column', () => {
    const lines = toCsv(table).split('\r\n');
    expect(lines[0]).toBe('Field,Shenzhen (深圳),Shenzhen (深圳) source,Beijing (北京),Beijing (北京) source');
    expect(lines[1]).toBe('Population,17.56M people (2021),https://a.example/sz,21.89M people (2021),https://a.example/bj');
  });
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(toCsv(table)).toContain('Known for,"hardware, ""makers""",https://a.example/x,"a | b\nc",\r\n');
  });
});
