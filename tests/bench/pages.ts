/**
 * The benchmark's pages, generated deterministically from the detector bench's own sentence templates
 * (./detect.ts: names from src/data/index.ts, no third-party text), and the local HTTP server that
 * serves them. No page loads anything from the network.
 */
import { createServer, type Server } from 'node:http';
import { articleText } from './detect';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraphs whose sentences alternate plain text, <span> and <em>: about 5 text nodes each. */
export function articleHtml(text: string, title: string): string {
  const paragraphs = text.split('\n\n').map((p) => {
    const sentences = p.split(/(?<=\.) /);
    const html = sentences.map((s, i) =>
      i % 2 ? `<${i % 4 === 1 ? 'span' : 'em'}>${escapeHtml(s)}</${i % 4 === 1 ? 'span' : 'em'}>` : escapeHtml(s),
    );
    return `<p>${html.join(' ')}</p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

/** Text nodes the parser makes from `html`: every non-empty run between tags. */
export const textNodeCount = (html: string): number => html.split(/<[^>]*>/).filter((run) => run.length > 0).length;

export interface BenchPage {
  /** Path on the server, e.g. `/quiet.html`. */
  readonly path: string;
  /** Label in tables. */
  readonly name: string;
  readonly html: string;
  /** The article's text (paragraphs separated by blank lines). */
  readonly text: string;
  /** Characters of article text. */
  readonly chars: number;
}

function page(path: string, name: string, text: string, title: string): BenchPage {
  return { path, name, html: articleHtml(text, title), text, chars: text.length };
}

/**
 * The pages "what the page pays" measures: a quiet 30 KB article (no mentions), a 30 KB article at
 * ordinary density (about half the sentences name something: a few mentions per paragraph), and the
 * 1 MB article the mark.js comparison uses. Plus a small article with mentions, loaded once per launch
 * before measuring, so the extension's worker has started and detected something.
 */
export function costPages(): { quiet: BenchPage; mentions: BenchPage; large: BenchPage; warmUp: BenchPage } {
  return {
    quiet: page('/quiet-30k.html', 'a. quiet 30 KB', articleText(30_000, false, 11), 'No mentions'),
    mentions: page('/mentions-30k.html', 'b. mentions 30 KB', articleText(30_000, true, 13), 'Ordinary article'),
    large: page('/large.html', 'c. large 1 MB', articleText(1_050_000, true), 'Large article'),
    warmUp: page('/warm-up.html', 'warm-up', articleText(4_000, true, 3), 'Warm-up'),
  };
}

export interface PageServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `pages` (path to HTML) on 127.0.0.1 at a free port. */
export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
