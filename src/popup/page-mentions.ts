/**
 * "On this page": what the tab mentions, grouped by kind, with counts. Choosing an entity asks the
 * page to scroll to its first mention and open its card. The tab's address comes from the content
 * script's own report (mentions:get), so no "tabs" permission is needed to know the site.
 */
import { getEntity, KINDS, type Entity, type EntityId } from '../data/index';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { TabMentions } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/send';
import { isSiteDisabled, normalizeHost, type Settings } from '../shared/settings';
import { setSiteDisabled, SiteListError } from '../shared/settings-storage';
import { h } from '../shared/dom';
import { kindPlural } from './labels';
import { nameNode } from './name-node';
import { plainName } from '../shared/names';
import type { ViewContext } from './view-context';

export interface PageMentionsOptions {
  readonly root: HTMLElement;
  readonly tabId: number | undefined;
  readonly settings: Settings;
  readonly ctx: ViewContext;
  /** Opened as the toolbar popup (closes itself after revealing) rather than as a tab. */
  readonly isPopup: boolean;
  readonly onCompare: (entity: Entity) => void;
}

/** The page's host when it is an ordinary web page the user could turn the extension off on. */
export function siteOf(url: string | undefined): string | null {
  if (!url || !/^https?:/i.test(url)) return null;
  return normalizeHost(url);
}

/** Entities of the report that the dataset knows, grouped by kind in the usual kind order. */
export function groupByKind(report: TabMentions): { kind: Entity['kind']; items: { entity: Entity; count: number }[] }[] {
  const known = report.entities.flatMap(({ id, count }) => {
    const entity = getEntity(id);
    return entity ? [{ entity, count }] : [];
  });
  return KINDS.map((kind) => ({ kind, items: known.filter((k) => k.entity.kind === kind) })).filter((g) => g.items.length);
}

async function reveal(
  tabId: number,
  id: EntityId,
  isPopup: boolean,
  status: HTMLElement,
  claim?: { field: string; page: string },
): Promise<void> {
  const shown = await sendToTab(tabId, 'content:reveal', { id, ...(claim ? { claim } : {}) }).catch(() => false);
  if (!shown) {
    status.textContent = t('popupRevealFailed');
    return;
  }
  if (isPopup) window.close();
  else await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
}

/** Switches the site off or on; a refusal (the off-list is full) is said in the status line. */
async function setSiteOff(host: string, off: boolean, status: HTMLElement): Promise<boolean> {
  try {
    await setSiteDisabled(host, off);
    return true;
  } catch (error) {
    status.textContent = error instanceof SiteListError && error.reason === 'full' ? t('optionsSiteErrorFull') : t('popupSiteSwitchFailed');
    return false;
  }
}

function mentionList(report: TabMentions, o: PageMentionsOptions, status: HTMLElement): HTMLElement {
  const wrap = h('div', { class: 'mentions' });
  for (const group of groupByKind(report)) {
    const headingId = `mentions-${group.kind}`;
    const list = h('ul', { 'aria-labelledby': headingId });
    for (const { entity, count } of group.items) {
      const parts = o.ctx.names(entity);
      const open = h(
        'button',
        { type: 'button', class: 'reveal', title: t('popupShowOnPage') },
        nameNode(parts),
        h('span', { class: 'count' }, String(count), h('span', { class: 'sr-only' }, ` ${t('popupMentionCount', String(count))}`)),
      );
      open.addEventListener('click', () => o.tabId !== undefined && void reveal(o.tabId, entity.id, o.isPopup, status));
      const add = h(
        'button',
        { type: 'button', class: 'add', 'aria-label': t('popupCompareEntity', plainName(parts)) },
        `+ ${t('popupCompareButton')}`,
      );
      add.addEventListener('click', () => o.onCompare(entity));
      list.append(h('li', { 'data-id': entity.id, 'data-count': count }, open, add));
    }
    wrap.append(h('h3', { id: headingId }, kindPlural(group.kind)), list);
  }
  return wrap;
}

/** Where the page and the sources differ (fact-check hints), each with a button that shows it on the page. */
function contradictionList(report: TabMentions, o: PageMentionsOptions, status: HTMLElement): HTMLElement | null {
  const items = report.contradictions ?? [];
  if (!items.length) return null;
  const list = h('ul', { class: 'claims', 'aria-labelledby': 'claims-heading' });
  for (const item of items) {
    const entity = getEntity(item.id);
    if (!entity) continue;
    const name = plainName(o.ctx.names(entity));
    const show = h('button', { type: 'button', class: 'reveal-claim' }, t('popupClaimShow'));
    show.addEventListener(
      'click',
      () => o.tabId !== undefined && void reveal(o.tabId, item.id, o.isPopup, status, { field: item.field, page: item.page }),
    );
    list.append(
      h('li', { 'data-id': item.id }, h('span', { class: 'claim-text' }, t('popupClaimItem', [name, item.page, item.data])), ' ', show),
    );
  }
  return h('section', { class: 'claims-section' }, h('h3', { id: 'claims-heading' }, t('popupClaimsHeading')), list);
}

/** Fills the section for one of: unreadable page, site turned off, no mentions, the mentions. */
export async function renderPageMentions(o: PageMentionsOptions): Promise<void> {
  const status = h('p', { class: 'status', role: 'status' });
  o.root.replaceChildren(status);
  status.textContent = t('popupLoading');
  const report = o.tabId === undefined ? null : await sendToBackground('mentions:get', { tabId: o.tabId }).catch(() => null);
  const host = siteOf(report?.url);
  status.textContent = '';
  if (!report) {
    o.root.dataset.state = 'unreadable';
    status.textContent = t('popupUnreadable');
    return;
  }
  if (host && isSiteDisabled(o.settings, host)) {
    o.root.dataset.state = 'disabled';
    status.textContent = t('popupDisabledSite', host);
    const on = h('button', { type: 'button', class: 'primary' }, t('popupTurnOn'));
    on.addEventListener('click', async () => {
      if (!(await setSiteOff(host, false, status))) return;
      on.remove();
      status.textContent = t('popupTurnedOn');
    });
    o.root.append(on);
    return;
  }
  const groups = groupByKind(report);
  o.root.dataset.state = groups.length ? 'list' : 'empty';
  if (!groups.length) status.textContent = `${t('popupNoMentions')} ${t('popupNoMentionsHint')}`;
  else o.root.append(mentionList(report, o, status));
  const claims = contradictionList(report, o, status);
  if (claims) o.root.append(claims);
  if (host) {
    const off = h('button', { type: 'button', class: 'quiet' }, t('popupTurnOff'));
    off.addEventListener('click', async () => {
      if (!(await setSiteOff(host, true, status))) return;
      await renderPageMentions({ ...o, settings: { ...o.settings, disabledSites: [...o.settings.disabledSites, host] } });
    });
    o.root.append(off);
  }
}
