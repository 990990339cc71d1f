/**
 * Popup and full-tab page: wires the views to one piece of state (the compared entities) that the URL
 * mirrors. Loaded by main.ts after the shell has painted; the search index is built later still.
 */
import { getEntity, type Entity, type EntityId, type Kind } from '../data/index';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, watchSettings } from '../shared/settings-storage';
import { renderCompareTable } from './compare-table';
import { h } from '../shared/dom';
import { mountEntitySearch } from './entity-search';
import { exportTable, mountExportPanel } from './export-panel';
import { nameNode } from './name-node';
import { plainName } from '../shared/names';
import { renderPageMentions } from './page-mentions';
import { PRESETS } from './presets';
import { addToSelection, removeFromSelection, type SelectionNotice } from './selection';
import { applyTheme } from './theme';
import { parseUrlState, serializeUrlState } from './url-state';
import { createViewContext, type ViewContext } from './view-context';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const initial = parseUrlState(location.search, (id) => getEntity(id) !== undefined);
document.body.classList.toggle('full', initial.full);
let selection: readonly EntityId[] = initial.compare;
let settings: Settings = DEFAULT_SETTINGS;
let ctx: ViewContext = createViewContext(settings.nameDisplay);
let tabId = initial.tabId;

if (initial.ignored.length) $('url-note').textContent = t('popupIgnoredIds', initial.ignored.join(', '));

const selectedEntities = (): Entity[] => selection.flatMap((id) => getEntity(id) ?? []);
const currentKind = (): Kind | undefined => selectedEntities()[0]?.kind;

const NOTICES: Record<SelectionNotice, (entity: Entity) => string> = {
  limit: () => t('popupLimit'),
  otherKind: (entity) => t('popupOtherKind', plainName(ctx.names(entity))),
};

function add(entity: Entity): void {
  const change = addToSelection(selection, entity.id);
  $('compare-status').textContent = change.notice ? NOTICES[change.notice](entity) : '';
  setSelection(change.selection);
}

function setSelection(next: readonly EntityId[]): void {
  selection = next;
  history.replaceState(null, '', `${location.pathname}${serializeUrlState({ compare: selection, tabId, full: initial.full })}`);
  renderComparison();
}

function renderSelected(items: readonly Entity[]): void {
  $('selected-wrap').hidden = items.length === 0;
  $('selected').replaceChildren(
    ...items.map((entity) => {
      const parts = ctx.names(entity);
      const remove = h('button', { type: 'button', class: 'remove', 'aria-label': t('popupRemove', plainName(parts)) }, '×');
      remove.addEventListener('click', () => {
        const i = selection.indexOf(entity.id);
        setSelection(removeFromSelection(selection, entity.id));
        // Keep keyboard users in place: focus the next chip's button, or the search box.
        const buttons = $('selected').querySelectorAll<HTMLButtonElement>('button.remove');
        (buttons[Math.min(i, buttons.length - 1)] ?? $('search')).focus();
      });
      return h('li', { 'data-id': entity.id }, nameNode(parts), remove);
    }),
  );
}

function renderComparison(): void {
  const items = selectedEntities();
  renderSelected(items);
  const wrap = $('table-wrap');
  const enough = items.length >= 2;
  wrap.replaceChildren(enough ? renderCompareTable(items, ctx) : h('p', { class: 'hint' }, t('popupPickMore')));
  $('export').hidden = !enough;
  search.showKindHint();
}

function renderPresets(): void {
  $('presets').replaceChildren(
    ...PRESETS.map((preset) => {
      const button = h('button', { type: 'button' }, t(preset.label));
      button.addEventListener('click', () => {
        $('compare-status').textContent = '';
        setSelection(preset.ids.filter((id) => getEntity(id)));
      });
      return h('li', {}, button);
    }),
  );
}

async function activeTabId(): Promise<number | undefined> {
  if (tabId !== undefined || initial.full) return tabId;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const search = mountEntitySearch({
  input: $<HTMLInputElement>('search'),
  listbox: $<HTMLUListElement>('search-results'),
  hint: $('search-hint'),
  liveCount: $('search-count'),
  ctx: () => ctx,
  kind: currentKind,
  exclude: () => new Set(selection),
  onPick: add,
});
mountExportPanel(
  {
    markdownButton: $<HTMLButtonElement>('copy-md'),
    csvButton: $<HTMLButtonElement>('copy-csv'),
    status: $('export-status'),
    output: $<HTMLTextAreaElement>('export-output'),
    outputWrap: $('export-output-wrap'),
  },
  () => (selection.length >= 2 ? exportTable(selectedEntities(), ctx) : null),
);

$('open-tab').hidden = initial.full;
$('open-tab').addEventListener('click', async () => {
  const query = serializeUrlState({ compare: selection, tabId: await activeTabId(), full: true });
  await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html${query || '?full=1'}`) });
  window.close();
});

function renderAll(): void {
  renderPresets();
  renderComparison();
  void renderPageMentions({
    root: $('mentions'),
    tabId,
    settings,
    ctx,
    isPopup: !initial.full,
    onCompare: add,
  });
}

async function start(): Promise<void> {
  renderPresets();
  renderComparison();
  tabId = await activeTabId();
  // A full tab opened for a comparison alone (the card's "Compare") has no page to describe.
  $('on-page').hidden = tabId === undefined && initial.full;
  const apply = (next: Settings) => {
    settings = next;
    applyTheme(settings.theme);
    ctx = createViewContext(settings.nameDisplay);
    renderAll();
  };
  apply((await loadSettings()).settings);
  watchSettings(({ settings: next }) => apply(next));
}

void start();
