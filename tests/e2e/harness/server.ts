/**
 * Serves test pages on 127.0.0.1 from the test process: tests/e2e/fixtures/*, plus the seed article
 * (../shared/seed, where it is beside the checkout) rendered as an ordinary article page at /seed.html.
 * A missing file is a 404, never a crash.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { seedArticleHtml } from './seed-page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // The body is read before any header is written, so a missing file can still be answered with a 404.
    let body: string | Buffer;
    let type: string;
    try {
      if (path === '/seed.html') {
        body = seedArticleHtml();
        type = TYPES['.html']!;
      } else {
        const file = resolve(FIXTURES, `.${path}`);
        if (!file.startsWith(`${FIXTURES}/`)) throw new Error('outside fixtures');
        body = readFileSync(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.txt']! }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
