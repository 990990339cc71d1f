/**
 * The comparison as a real table: a column per entity, a row per field the data layer defines.
 * Every value says its year and links its source; numbers get a bar; the extreme is marked in words.
 */
import { compareRows, type Cell, type CompareRow } from '../data/compare';
import { publisherOf } from '../data/publishers';
import type { Entity, EntityOfKind, Kind } from '../data/schema';
import { t } from '../shared/i18n';
import { barChart, barShares } from './bar-chart';
import { h } from '../shared/dom';
import { valueList, valueText } from './format';
import { fieldLabel, kindPlural } from './labels';
import { nameNode } from './name-node';
import { plainName } from '../shared/names';
import type { ViewContext } from './view-context';

export function rowsFor(items: readonly Entity[]): CompareRow[] {
  const kind = items[0]!.kind as Kind;
  return compareRows(kind, items as readonly EntityOfKind<typeof kind>[]);
}

/**
 * A source link named for its publisher ("Hangzhou Bureau of Statistics"), where the registry knows it;
 * its accessible name starts with that visible text and says which cell it backs.
 */
function sourceLink(href: string, label: string): HTMLAnchorElement {
  const text = publisherOf(href)?.name ?? t('popupSource');
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'source', 'aria-label': `${text}: ${label}` }, text);
}

function disputeNode(cell: Cell, ctx: ViewContext): HTMLElement | null {
  if (!cell.disputed) return null;
  const list = h('ul', { class: 'dispute-values' });
  for (const v of cell.disputed.values) {
    list.append(
      h(
        'li',
        {},
        `${v.value} `,
        h('a', { href: v.source, target: '_blank', rel: 'noopener noreferrer' }, publisherOf(v.source)?.name ?? t('popupSource')),
      ),
    );
  }
  return h(
    'details',
    { class: 'disputed' },
    h('summary', {}, `⚠ ${ctx.format.disputed}`),
    list,
    cell.disputed.note ? h('p', {}, cell.disputed.note) : null,
  );
}

/** Long lists (a city's companies) show their first few items; the rest open on demand. */
const LIST_PREVIEW = 6;
function valueNode(cell: Cell, ctx: ViewContext): HTMLElement {
  const items = valueList(cell, ctx.format);
  if (!items || items.length <= LIST_PREVIEW + 1) return h('span', { class: 'value' }, valueText(cell, ctx.format));
  const rest = items.slice(LIST_PREVIEW);
  return h(
    'span',
    { class: 'value' },
    `${items.slice(0, LIST_PREVIEW).join(', ')}, `,
    h('details', { class: 'more' }, h('summary', {}, t('popupMore', String(rest.length))), rest.join(', ')),
  );
}

function cellNode(cell: Cell, row: CompareRow, index: number, share: number | undefined, entityName: string, ctx: ViewContext) {
  const isMarked = row.marked.includes(index);
  const td = h('td', { class: cell.type === 'missing' ? 'missing' : isMarked ? 'marked' : undefined });
  td.append(valueNode(cell, ctx));
  if (isMarked) td.append(' ', h('strong', { class: 'mark' }, `▲ ${t(row.mark === 'earliest' ? 'popupEarliest' : 'popupLargest')}`));
  if ((cell.type === 'number' || cell.type === 'year') && cell.note) td.append(h('span', { class: 'note' }, cell.note));
  if (share !== undefined) td.append(barChart(share, isMarked));
  if ('source' in cell && cell.source) td.append(' ', sourceLink(cell.source, t('popupSourceFor', [entityName, fieldLabel(row.key)])));
  td.append(disputeNode(cell, ctx) ?? '');
  return td;
}

export function renderCompareTable(items: readonly Entity[], ctx: ViewContext): HTMLTableElement {
  const names = items.map((e) => ctx.names(e));
  const table = h('table', { class: 'compare' }, h('caption', {}, t('popupCaption', kindPlural(items[0]!.kind))));
  const headRow = h('tr', {}, h('th', { scope: 'col' }, t('popupFieldHeader')));
  headRow.append(...items.map((e, i) => h('th', { scope: 'col', 'data-id': e.id }, nameNode(names[i]!))));
  table.append(h('thead', {}, headRow));
  const body = h('tbody');
  for (const row of rowsFor(items)) {
    const label = h('th', { scope: 'row' }, fieldLabel(row.key));
    if (row.mixedUnits) label.append(h('span', { class: 'note' }, t('popupMixedUnits')));
    const tr = h('tr', { 'data-field': row.key }, label);
    const shares = barShares(row.cells);
    tr.append(...row.cells.map((cell, i) => cellNode(cell, row, i, shares[i], plainName(names[i]!), ctx)));
    body.append(tr);
  }
  table.append(body);
  return table;
}
