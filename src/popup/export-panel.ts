/** Copy the comparison as Markdown or CSV; the text also lands in a readonly box in case the clipboard says no. */
import type { Entity } from '../data/schema';
import { t } from '../shared/i18n';
import { rowsFor } from './compare-table';
import { toCsv, toMarkdown, type ExportTable } from './export';
import { cellSource, cellText } from './format';
import { fieldLabel } from './labels';
import { plainName } from '../shared/names';
import type { ViewContext } from './view-context';

export function exportTable(items: readonly Entity[], ctx: ViewContext): ExportTable {
  return {
    fieldHeader: t('popupFieldHeader'),
    headers: items.map((e) => plainName(ctx.names(e))),
    sourceWord: t('popupSource'),
    rows: rowsFor(items).map((row) => ({
      label: fieldLabel(row.key),
      cells: row.cells.map((cell) => ({ text: cellText(cell, ctx.format), source: cellSource(cell) })),
    })),
  };
}

export interface ExportPanelElements {
  readonly markdownButton: HTMLButtonElement;
  readonly csvButton: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly output: HTMLTextAreaElement;
  readonly outputWrap: HTMLElement;
}

export function mountExportPanel(el: ExportPanelElements, current: () => ExportTable | null): void {
  const copy = async (format: (table: ExportTable) => string) => {
    const table = current();
    if (!table) return;
    const text = format(table);
    el.output.value = text;
    el.outputWrap.hidden = false;
    try {
      await navigator.clipboard.writeText(text);
      el.status.textContent = t('popupCopied');
    } catch {
      el.status.textContent = t('popupCopyRefused');
      el.output.focus();
      el.output.select();
    }
  };
  el.markdownButton.addEventListener('click', () => void copy(toMarkdown));
  el.csvButton.addEventListener('click', () => void copy(toCsv));
}
