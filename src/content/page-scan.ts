/**
 * The page session's reading pipeline: candidates from the page reader (the whole page, narrowed by the
 * prefilter) and changed blocks from the observer are walked block by block (./text-blocks.ts); blocks the
 * prefilter admits, or that hold mentions already, go to the worker in batches, and the answers are put
 * into the mention store in order. Every step runs in idle slices of at most SLICE_MS; one abort ends it.
 */
import type { EntityId } from '../data/schema';
import { escapeRegExp } from '../detect/regexp-literal';
import type { Mention } from '../detect/types';
import type { ClaimNote } from '../shared/messages';
import type { MentionStore, StoreChange } from './mention-store';
import type { MayMention, PageReader } from './page-reader';
import type { PageMention } from './mention-ranges';
import { nextIdle, SLICE_MS } from './scheduler';
import { collectBlocks, isRendered, type TextBlock } from './text-blocks';

/** Text per detection request: enough to amortise a message, small enough to answer quickly. */
const MAX_BATCH_CHARS = 200_000;
/** Text a later request of a run gathers before it goes (over several slices when it must). */
const GATHER_CHARS = 100_000;
/** Requests kept ahead of the answers applied: a few, not the whole page. */
const MAX_IN_FLIGHT = 3;

/** Abbreviation -> the entity the page defined it for (null: something else): "… Initiative (BRI)". */
export type Abbreviations = Readonly<Record<string, EntityId | null>>;

/**
 * The worker's detection: mentions per text, the page's abbreviations with those these texts define, and
 * the number the worker keeps the texts under for a while (fact-check hints can then refer to them).
 */
export type Detect = (
  texts: readonly string[],
  abbreviations: Abbreviations,
) => Promise<{ readonly mentions: readonly (readonly Mention[])[]; readonly abbreviations: Abbreviations; readonly batch?: number }>;

/** Texts whose fact-check hints are wanted: those at `indices` of detection batch `batch`, which they also carry. */
export interface ClaimsRequest {
  readonly batch?: number;
  readonly indices: readonly number[];
  readonly texts: readonly string[];
  readonly mentions: readonly (readonly Mention[])[];
}

/** The worker's fact-check hints, per text of the request. */
export type CheckClaims = (request: ClaimsRequest) => Promise<readonly (readonly ClaimNote[])[]>;

export interface ScanDeps {
  readonly reader: PageReader;
  readonly mayMention: MayMention;
  readonly store: MentionStore;
  readonly detect: Detect;
  /** Our own elements (the card host): never read. */
  readonly isOurs: (el: Element) => boolean;
  /**
   * The fact-check hints for texts and their mentions (the worker reads and judges the claims), or
   * undefined while hints are switched off.
   */
  readonly checkClaims: () => CheckClaims | undefined;
  /** Called after each batch of answers changed the store. */
  readonly changed: (change: StoreChange) => void;
  /** Called when fact-check hints arrived for some blocks. */
  readonly claimsChanged: () => void;
  /** Called when a run has nothing left to read (the report goes out then). */
  readonly settled: () => void;
  readonly signal: AbortSignal;
}

export class PageScan {
  /** Subtrees to walk block by block: the reader's candidates and changed blocks. */
  private readonly queue: Node[] = [];
  private running = false;
  /**
   * The abbreviations this page has defined ("the Belt and Road Initiative (BRI)"): later paragraphs'
   * uses are mentions too, so a block holding one is read though the prefilter knows no such word.
   */
  private abbreviations: Abbreviations = {};
  private defined: RegExp | undefined;

  constructor(private readonly deps: ScanDeps) {
    deps.reader.listen({ candidate: (root) => this.walk([root]), shadowRoot: () => undefined });
  }

  /** Subtrees the reader already found (the scout's candidates): walked, not read again. */
  walk(roots: readonly Node[]): void {
    for (const root of roots) if (!this.queue.includes(root)) this.queue.push(root);
    this.run();
  }

  /** A subtree whose text is new: the reader narrows it down first. */
  read(root: Node): void {
    this.deps.reader.push(root);
    this.run();
  }

  private run(): void {
    if (this.running || this.deps.signal.aborted) return;
    this.running = true;
    void this.work()
      .catch(() => undefined)
      .finally(() => {
        this.running = false;
        if (this.deps.signal.aborted) return;
        this.deps.settled();
        // Work queued while this run wound down.
        if (this.queue.length || !this.deps.reader.idle) this.run();
      });
  }

  private async work(): Promise<void> {
    const { signal, reader, store } = this.deps;
    const collect = { ignore: this.deps.isOurs };
    let blocks: Generator<TextBlock> | undefined;
    let rootChars: number | undefined;
    let applied: Promise<void> = Promise.resolve();
    let inFlight = 0;
    let batch: TextBlock[] = [];
    let chars = 0;
    let sent = 0;
    const send = () => {
      const blocksSent = batch;
      const request = this.deps.detect(
        blocksSent.map((b) => b.text),
        this.abbreviations,
      );
      batch = [];
      chars = 0;
      sent++;
      inFlight++;
      applied = applied.then(async () => {
        const answer = await request.catch(() => undefined);
        inFlight--;
        if (signal.aborted) return;
        if (answer) this.learn(answer.abbreviations);
        this.apply(blocksSent, answer?.mentions ?? [], answer?.batch);
      });
    };
    const more = () => Boolean(blocks || this.queue.length || !reader.idle);
    while (!signal.aborted && more()) {
      await nextIdle(signal);
      if (signal.aborted) break;
      const end = performance.now() + SLICE_MS;
      while (performance.now() < end && chars < MAX_BATCH_CHARS) {
        if (!blocks) {
          const root = this.queue.shift();
          if (!root) {
            // Nothing to walk: the reader narrows the next piece of the page down (it may add candidates).
            if (!reader.step()) break;
            continue;
          }
          // A restless page may already have dropped what it added.
          if (!root.isConnected) continue;
          blocks = collectBlocks(root, collect);
          rootChars = reader.charsOf(root);
        }
        const next = blocks.next();
        if (next.done) {
          blocks = undefined;
          continue;
        }
        if (
          // A block that is its candidate's whole text passed the prefilter when the reader read it.
          next.value.text.length === rootChars ||
          this.deps.mayMention(next.value.text) ||
          next.value.nodes.some((n) => store.hasNode(n)) ||
          this.defined?.test(next.value.text)
        ) {
          batch.push(next.value);
          chars += next.value.text.length;
        }
      }
      // A run's first request goes at once, so the top of the page is marked soon; later ones gather a
      // few slices' text, since every answer costs the page a rendering update and the marks' observer a
      // pass over its targets.
      if (batch.length && (sent === 0 || chars >= GATHER_CHARS || !more())) {
        send();
        if (inFlight >= MAX_IN_FLIGHT) await applied;
      }
    }
    if (batch.length && !signal.aborted) send();
    await applied;
  }

  private learn(abbreviations: Abbreviations): void {
    const ours = Object.keys(abbreviations).filter((abbr) => abbreviations[abbr]);
    if (Object.keys(abbreviations).length === Object.keys(this.abbreviations).length) return;
    this.abbreviations = abbreviations;
    this.defined = ours.length ? new RegExp(`(?<![A-Za-z0-9])(?:${ours.map(escapeRegExp).join('|')})(?![A-Za-z0-9])`) : undefined;
  }

  private apply(blocks: readonly TextBlock[], found: readonly (readonly Mention[])[], batch: number | undefined): void {
    // Mentions share paragraphs: ask the browser about each parent element once.
    const rendered = new Map<Element | null, boolean>();
    const isShown = (m: PageMention): boolean => {
      const parent = m.nodes[0]!.parentElement;
      let shown = rendered.get(parent);
      if (shown === undefined) {
        shown = isRendered(m.nodes[0]!);
        rendered.set(parent, shown);
      }
      return shown;
    };
    const change = this.deps.store.replaceBlocks(blocks, found, isShown);
    if (change.added.length || change.removed.length) this.deps.changed(change);
    this.checkClaims(blocks, found, batch);
  }

  /** Asks for the hints of the blocks that name something; they arrive after the marks, never before. */
  private checkClaims(blocks: readonly TextBlock[], found: readonly (readonly Mention[])[], batch: number | undefined): void {
    const check = this.deps.checkClaims();
    const named = blocks.flatMap((block, i) => (found[i]?.length ? [{ block, index: i, mentions: found[i]! }] : []));
    if (!check || !named.length) return;
    void check({
      ...(batch === undefined ? {} : { batch }),
      indices: named.map((n) => n.index),
      texts: named.map((n) => n.block.text),
      mentions: named.map((n) => n.mentions),
    })
      .then((notes) => {
        if (this.deps.signal.aborted) return;
        let changed = false;
        for (const [i, n] of named.entries()) changed = this.deps.store.setClaims(n.block, notes[i] ?? []) || changed;
        if (changed) this.deps.claimsChanged();
      })
      .catch(() => undefined);
  }
}
