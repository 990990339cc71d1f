/**
 * Builds the card's DOM from card data with createElement and textContent only: nothing from the
 * dataset or the page is ever parsed as HTML.
 */
import type { EntityId } from '../data/schema';
import type { CardData, ClaimNote } from '../shared/messages';
import { elementIn } from '../shared/dom';
import type { CardDetail, NameDisplay } from '../shared/settings';
import type { Translate } from '../shared/i18n';
import { nameParts } from '../shared/names';
import { cardFacts } from './card-facts';

export interface CardViewOptions {
  readonly detail: CardDetail;
  readonly nameDisplay: NameDisplay;
  readonly lang: string;
  readonly t: Translate;
  /** Whether the card shows an entity reached from a related link (offers "Back"). */
  readonly nested: boolean;
  /** Where this page states a fact about the entity that its sources give differently. */
  readonly claims: readonly ClaimNote[];
}

export interface CardActions {
  /** Show another entity in the same card (a related link was clicked). */
  show(id: EntityId): void;
  /** The pointer rests on a related link: show it after a dwell, unless `cancelPreview` comes first. */
  preview(id: EntityId): void;
  cancelPreview(): void;
  back(): void;
  compare(id: EntityId): void;
  close(): void;
}

const KIND_KEYS = { city: 'kindCity', zone: 'kindZone', company: 'kindCompany', policy: 'kindPolicy', product: 'kindProduct' } as const;
const RELATED_MAX = { compact: 3, full: 6 } as const;
const SOURCES_MAX = { compact: 2, full: 4 } as const;

function button(doc: Document, className: string, text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const b = elementIn(doc, 'button', { class: className, type: 'button', 'aria-label': label }, text);
  b.addEventListener('click', onClick);
  return b;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** A link to a source, named for its publisher ("Reuters"), or its host where the card data names none. */
function sourceLink(doc: Document, url: string, t: Translate, publisher: string | undefined): HTMLAnchorElement {
  const name = publisher ?? hostOf(url);
  const a = elementIn(doc, 'a', { class: 'source' }, name);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.setAttribute('aria-label', t('cardSourceLink', name));
  return a;
}

function header(doc: Document, data: CardData, o: CardViewOptions, actions: CardActions): HTMLElement {
  const e = data.entity;
  const head = elementIn(doc, 'div', { class: 'head' });
  head.append(elementIn(doc, 'span', { class: `kind kind-${e.kind}` }, o.t(KIND_KEYS[e.kind])));
  if (o.nested) head.append(button(doc, 'back', `← ${o.t('cardBack')}`, actions.back));
  head.append(button(doc, 'close', '×', actions.close, o.t('cardClose')));
  return head;
}

function title(doc: Document, data: CardData, o: CardViewOptions): HTMLElement {
  const name = nameParts(data.entity, o.nameDisplay, o.lang);
  return elementIn(
    doc,
    'p',
    { class: 'name', lang: name.primaryLang },
    name.primary,
    name.secondary ? ' ' : null,
    name.secondary ? elementIn(doc, 'span', { class: 'alt', lang: name.secondaryLang }, name.secondary) : null,
  );
}

function facts(doc: Document, data: CardData, o: CardViewOptions, actions: CardActions): HTMLElement {
  const list = elementIn(doc, 'dl', { class: 'facts' });
  for (const fact of cardFacts(data.entity, o.detail, { t: o.t, labels: data.labels, lang: o.lang })) {
    const row = elementIn(doc, 'div', { class: 'fact' });
    const value = elementIn(doc, 'dd', {});
    // Named entities are links within the card (a product's maker, a company's products); the rest is text.
    if (fact.refs?.length) {
      fact.refs.forEach((id, i) => {
        if (i) value.append(', ');
        value.append(button(doc, `ref kind-${data.labels[id]!.kind}`, data.labels[id]!.name, () => actions.show(id)));
      });
    } else value.textContent = fact.value;
    if (fact.year !== undefined) value.append(' ', elementIn(doc, 'span', { class: 'year' }, o.t('cardAsOf', String(fact.year))));
    row.append(elementIn(doc, 'dt', {}, fact.label), value);
    list.append(row);
  }
  return list;
}

function related(doc: Document, data: CardData, o: CardViewOptions, actions: CardActions): HTMLElement | undefined {
  const ids = data.entity.relatedAll.filter((id) => data.labels[id]).slice(0, RELATED_MAX[o.detail]);
  if (!ids.length) return undefined;
  const section = elementIn(doc, 'div', { class: 'related' });
  section.append(elementIn(doc, 'p', { class: 'section-title' }, o.t('cardRelated')));
  const list = elementIn(doc, 'ul', { class: 'chips' });
  for (const id of ids) {
    const label = data.labels[id]!;
    const chip = button(doc, `chip kind-${label.kind}`, label.name, () => actions.show(id));
    chip.addEventListener('pointerenter', () => actions.preview(id));
    chip.addEventListener('pointerleave', () => actions.cancelPreview());
    const item = elementIn(doc, 'li', {});
    item.append(chip);
    list.append(item);
  }
  section.append(list);
  return section;
}

function sources(doc: Document, data: CardData, o: CardViewOptions): HTMLElement | undefined {
  const urls = data.entity.sources.slice(0, SOURCES_MAX[o.detail]);
  if (!urls.length) return undefined;
  const section = elementIn(doc, 'div', { class: 'sources' });
  section.append(elementIn(doc, 'span', { class: 'section-title' }, `${o.t('cardSources')}: `));
  urls.forEach((url, i) => {
    if (i) section.append(' · ');
    section.append(sourceLink(doc, url, o.t, data.publishers[url]));
  });
  return section;
}

/**
 * Fact-check hints, one note each: what the page says and what the sources say, then the source named for
 * its publisher. Neutral words only: the page may quote an older figure or another definition.
 */
function claimNotes(doc: Document, claims: readonly ClaimNote[], o: CardViewOptions): HTMLElement | undefined {
  if (!claims.length) return undefined;
  const section = elementIn(doc, 'div', { class: 'claims' });
  for (const claim of claims) {
    const note = elementIn(doc, 'p', { class: 'claim' }, o.t('cardClaimNote', [claim.page, claim.data]));
    note.setAttribute('role', 'note');
    note.setAttribute('aria-label', o.t('cardClaimLabel'));
    note.append(' ', sourceLink(doc, claim.source, o.t, claim.publisher));
    section.append(note);
  }
  return section;
}

/** The card body for `data`; the caller puts it into the card container. */
export function renderCard(doc: Document, data: CardData, o: CardViewOptions, actions: CardActions): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  fragment.append(header(doc, data, o, actions), title(doc, data, o));
  if (data.entity.summary) fragment.append(elementIn(doc, 'p', { class: 'summary' }, data.entity.summary));
  const notes = claimNotes(doc, o.claims, o);
  if (notes) fragment.append(notes);
  fragment.append(facts(doc, data, o, actions));
  const rel = related(doc, data, o, actions);
  if (rel) fragment.append(rel);
  const src = sources(doc, data, o);
  if (src) fragment.append(src);
  const foot = elementIn(doc, 'div', { class: 'foot' });
  foot.append(button(doc, 'compare', o.t('cardCompare'), () => actions.compare(data.entity.id)));
  fragment.append(foot);
  return fragment;
}

/** A one-line card body (loading, or nothing found). */
export function renderNotice(doc: Document, text: string, actions: Pick<CardActions, 'close'>, t: Translate): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const head = elementIn(doc, 'div', { class: 'head' });
  head.append(elementIn(doc, 'span', { class: 'notice' }, text), button(doc, 'close', '×', actions.close, t('cardClose')));
  fragment.append(head);
  return fragment;
}
