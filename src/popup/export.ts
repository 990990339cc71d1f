/** The comparison as Markdown and as CSV, sources included. Pure: the UI hands in the words. */

export interface ExportCell {
  readonly text: string;
  readonly source?: string;
}
export interface ExportTable {
  /** Header of the first column ("Field"). */
  readonly fieldHeader: string;
  /** One per compared entity. */
  readonly headers: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly ExportCell[] }[];
  /** Word for the source column/link ("source"). */
  readonly sourceWord: string;
}

const mdEscape = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function toMarkdown(table: ExportTable): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const head = line([table.fieldHeader, ...table.headers].map(mdEscape));
  const rule = line([table.fieldHeader, ...table.headers].map(() => '---'));
  const body = table.rows.map((row) =>
    line([
      mdEscape(row.label),
      ...row.cells.map((c) => mdEscape(c.text) + (c.source ? ` ([${table.sourceWord}](${c.source.replace(/\)/g, '%29')}))` : '')),
    ]),
  );
  return [head, rule, ...body].join('\n') + '\n';
}

/** RFC 4180: quote fields holding a comma, quote or line break; double the quotes inside. */
export const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(table: ExportTable): string {
  const header = [table.fieldHeader, ...table.headers.flatMap((h) => [h, `${h} ${table.sourceWord}`])];
  const rows = table.rows.map((row) => [row.label, ...row.cells.flatMap((c) => [c.text, c.source ?? ''])]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
