/**
 * Every message that crosses a context boundary, page -> worker, worker -> page, popup -> page, as one
 * schema per request and per reply. The TypeScript types are inferred from the schemas, and the same
 * schemas check, at run time, every request a receiver takes and every reply a sender gets: a message
 * from a page of another origin, an older version of the extension, or a bug is refused, not trusted.
 */
import * as v from 'valibot';
import type { WithDerived } from '../data/derived';
import { KINDS, type Entity, type EntityId, type Kind } from '../data/schema';

const ID = /^(?:city|zone|company|policy|product):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const entityId = v.custom<EntityId>((value) => typeof value === 'string' && ID.test(value));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const mention = v.object({ start: offset, end: offset, id: entityId, text: v.string() });
const entityCount = v.object({ id: entityId, count: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/**
 * The document a frame shows: its page without the fragment, and when the document started
 * (`performance.timeOrigin`, ms since the epoch): a reload or a new page is a new document even at the
 * same address.
 */
const pageIdentity = v.object({ url: v.string(), startedAt: v.number() });

const httpsUrl = v.pipe(v.string(), v.startsWith('https://'));

/**
 * A statement on the page that the entity's sources contradict ("founded in 2003" where they give 1995):
 * the value's span in its text, what the page says and what the sources say (display text in the
 * reader's language), and the source with its publisher.
 */
const claimNote = v.object({
  start: offset,
  end: offset,
  id: entityId,
  /** A designation's place ("Hangzhou" under the cross-border e-commerce zones): its card shows the note too. */
  also: v.optional(entityId),
  field: v.string(),
  page: v.string(),
  data: v.string(),
  source: httpsUrl,
  publisher: v.optional(v.string()),
});

/** A contradiction as the popup lists it: which entity, what the page and the sources say. */
const contradiction = v.object({ id: entityId, field: v.string(), page: v.string(), data: v.string() });

/** What a tab mentions; `url` is absent where the browser does not show the page's address. */
const tabMentions = v.object({
  url: v.optional(v.string()),
  entities: v.array(entityCount),
  contradictions: v.optional(v.array(contradiction)),
});

/** Bounds on one detection request, so a hostile page cannot make the worker chew forever. */
export const MAX_TEXTS = 2000;
export const MAX_TEXT_LENGTH = 100_000;

/** How the card names an entity it links to (related entities, a zone's city, a company's HQ). */
export interface EntityLabel {
  readonly id: EntityId;
  readonly kind: Kind;
  readonly name: string;
  readonly zh?: string;
}

/** One entity for the card, with derived relations, labels for every id it refers to, and its publishers. */
export interface CardData {
  readonly entity: WithDerived<Entity>;
  readonly labels: Readonly<Record<string, EntityLabel>>;
  /** The publisher's name for each source address the entity cites, shown as the link's text. */
  readonly publishers: Readonly<Record<string, string>>;
}

/**
 * The worker builds card data from the bundled dataset, so the page checks the frame of it (an
 * entity of a known kind, with labels and publishers), not every field the compiler already checked.
 */
const cardData = v.custom<CardData>((value) => {
  const data = value as Partial<CardData> | null;
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof data.entity?.id === 'string' &&
    ID.test(data.entity.id) &&
    (KINDS as readonly string[]).includes(data.entity.kind) &&
    typeof data.labels === 'object' &&
    typeof data.publishers === 'object'
  );
});

const empty = v.object({});

/**
 * Abbreviations a page has defined so far ("BRI" -> the Belt and Road Initiative; null: defined for
 * something else), so a later paragraph's "BRI" is read as the page defined it. Bounded: a hostile page
 * cannot grow it without end.
 */
const abbreviations = v.pipe(v.record(v.pipe(v.string(), v.maxLength(16)), v.nullable(entityId)), v.maxEntries(200));

/** A BCP 47 language tag, as the browser gives the interface language. */
const lang = v.pipe(v.string(), v.maxLength(35));

/** Requests the worker handles: name -> payload and reply. */
export const backgroundMessages = {
  ping: { payload: empty, reply: v.object({ version: v.string() }) },
  /**
   * Page -> worker: what this frame mentions now (replaces its earlier report), the document it shows
   * (after a single-page app's own navigation the sender's URL may still be the one it loaded with).
   */
  'mentions:report': {
    payload: v.object({ ...pageIdentity.entries, entities: v.array(entityCount), contradictions: v.optional(v.array(contradiction)) }),
    reply: v.null(),
  },
  /** Popup -> worker: the merged mentions of the page a tab shows, or null when it cannot be read. */
  'mentions:get': { payload: v.object({ tabId: v.pipe(v.number(), v.integer()) }), reply: v.nullable(tabMentions) },
  /** Page -> worker: what a hover card shows (the page does not bundle the dataset). */
  'entity:get': { payload: v.object({ id: entityId }), reply: v.nullable(cardData) },
  /** Page -> worker: mentions in blocks that passed the page's prefilter; detection runs off the page's thread. */
  'detect:text': {
    payload: v.object({
      texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH))), v.maxLength(MAX_TEXTS)),
      abbreviations: v.optional(abbreviations),
    }),
    /** `batch`: the number the worker keeps these texts under for a while, for `claims:check`. */
    reply: v.object({ mentions: v.array(v.array(mention)), abbreviations, batch: v.pipe(v.number(), v.integer()) }),
  },
  /**
   * Page -> worker: the statements each text makes about its mentions that the sources contradict (the
   * fact-check hints), in the reader's language. The texts are those of a `detect:text` batch the worker
   * still keeps (by its number and their indices in it), or sent again; null: that batch is gone.
   */
  'claims:check': {
    payload: v.union([
      v.object({
        batch: v.pipe(v.number(), v.integer()),
        indices: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(MAX_TEXTS)),
        lang,
      }),
      v.object({
        texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH))), v.maxLength(MAX_TEXTS)),
        mentions: v.pipe(v.array(v.array(mention)), v.maxLength(MAX_TEXTS)),
        lang,
      }),
    ]),
    reply: v.nullable(v.array(v.array(claimNote))),
  },
  /** Page -> worker: open the comparison view in a tab with these entities selected. */
  'compare:open': { payload: v.object({ ids: v.pipe(v.array(entityId), v.maxLength(8)) }), reply: v.null() },
} as const;

/** Requests a page's frame handles (sent with tabs.sendMessage by the worker or the popup). */
export const contentMessages = {
  /**
   * Worker -> one frame: the document it shows now. Only frames whose session has started listen: a frame
   * that names nothing never touches the extension API, so no answer means nothing there may name an entity.
   */
  'content:hello': { payload: empty, reply: pageIdentity },
  /** Popup -> tab: scroll to this entity's first mention (or to where the page states `claim`) and open its card. */
  'content:reveal': {
    payload: v.object({ id: entityId, claim: v.optional(v.object({ field: v.string(), page: v.string() })) }),
    reply: v.boolean(),
  },
  /** Worker (keyboard command) -> tab: the next or previous mention, with its card open. */
  'content:step': { payload: v.object({ direction: v.picklist([1, -1]) }), reply: v.boolean() },
} as const;

type Schemas = Readonly<Record<string, { readonly payload: v.GenericSchema; readonly reply: v.GenericSchema }>>;
type Messages<S extends Schemas> = { [K in keyof S]: { payload: v.InferOutput<S[K]['payload']>; reply: v.InferOutput<S[K]['reply']> } };

export type BackgroundRequests = Messages<typeof backgroundMessages>;
export type ContentRequests = Messages<typeof contentMessages>;
export type BackgroundRequestType = keyof BackgroundRequests;
export type ContentRequestType = keyof ContentRequests;

export type PageIdentity = v.InferOutput<typeof pageIdentity>;
export type EntityCount = v.InferOutput<typeof entityCount>;
export type TabMentions = v.InferOutput<typeof tabMentions>;
export type ClaimNote = v.InferOutput<typeof claimNote>;
export type Contradiction = v.InferOutput<typeof contradiction>;

export interface Envelope<T extends string = string, P = unknown> {
  readonly type: T;
  readonly payload: P;
}

/** A request of `schemas`, checked: its type and payload, or undefined when it is not one. */
export function readRequest<S extends Schemas>(
  schemas: S,
  message: unknown,
): { [K in keyof S & string]: Envelope<K, v.InferOutput<S[K]['payload']>> }[keyof S & string] | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return undefined;
  const parsed = v.safeParse(schemas[type]!.payload, payload);
  return parsed.success ? ({ type, payload: parsed.output } as never) : undefined;
}

/** A reply to a request of `type`, checked; undefined when it is not what that request answers. */
export function readReply<S extends Schemas, K extends keyof S & string>(
  schemas: S,
  type: K,
  reply: unknown,
): v.InferOutput<S[K]['reply']> | undefined {
  const parsed = v.safeParse(schemas[type]!.reply, reply);
  return parsed.success ? parsed.output : undefined;
}

/** A page's address as PageIdentity keeps it: without the fragment, which names a place in the same page. */
export const withoutHash = (url: string): string => url.replace(/#.*$/, '');
