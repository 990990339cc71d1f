/**
 * "On this page": what the tab mentions, grouped by kind, with counts. Choosing an entity asks the
 * page to scroll to its first mention and open its card. The tab's address comes from the content
 * script's own report (mentions:get), so no "tabs" permission is needed to know the site.
 */
import { getEntity, KINDS, type Entity, type EntityId } from '../data/index';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { ContentRequests, Envelope, TabMentions } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { isSiteDisabled, normalizeHost, type Settings } from '../shared/settings';
import { saveSettings } from '../shared/settings-storage';
import { h } from './dom';
import { kindPlural } from './labels';
import { nameNode } from './name-node';
import { plainName } from './names';
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

async function reveal(tabId: number, id: EntityId, isPopup: boolean, status: HTMLElement): Promise<void> {
  const request: Envelope<'content:reveal', ContentRequests['content:reveal']['payload']> = { type: 'content:reveal', payload: { id } };
  const shown = (await browser.tabs.sendMessage(tabId, request).catch(() => false)) as ContentRequests['content:reveal']['reply'];
  if (!shown) {
    status.textContent = t('popupRevealFailed');
    return;
  }
  if (isPopup) window.close();
  else await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
}

async function setSiteOff(settings: Settings, host: string, off: boolean): Promise<void> {
  // Turning back on also lifts a parent-domain entry ("example.com" covers "news.example.com").
  const covering = (site: string) => host === site || host.endsWith(`.${site}`);
  const others = settings.disabledSites.filter((s) => (off ? s !== host : !covering(s)));
  await saveSettings({ disabledSites: off ? [...others, host] : others });
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
      const add = h('button', { type: 'button', class: 'add', 'aria-label': t('popupCompareEntity', plainName(parts)) }, `+ ${t('popupCompareButton')}`);
      add.addEventListener('click', () => o.onCompare(entity));
      list.append(h('li', { 'data-id': entity.id, 'data-count': count }, open, add));
    }
    wrap.append(h('h3', { id: headingId }, kindPlural(group.kind)), list);
  }
  return wrap;
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
      await setSiteOff(o.settings, host, false);
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
  if (host) {
    const off = h('button', { type: 'button', class: 'quiet' }, t('popupTurnOff'));
    off.addEventListener('click', async () => {
      await setSiteOff(o.settings, host, true);
      await renderPageMentions({ ...o, settings: { ...o.settings, disabledSites: [...o.settings.disabledSites, host] } });
    });
    o.root.append(off);
  }
}
