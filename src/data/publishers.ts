/**
 * Who published a source address: the registry in data/publishers.ts, looked up by host. A host
 * matches a publisher's domain exactly or as a subdomain ("www.reuters.com" under "reuters.com"), so
 * the registry lists the domains a publisher owns, never a shared suffix ("gov.cn").
 */
import { publishers as registry } from '../../data/publishers';
import type { Publisher } from './schema';

export type PublisherLookup = (url: string) => Publisher | undefined;

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/** A lookup over `list` (the real registry, or a test's). */
export function publisherLookup(list: readonly Publisher[]): PublisherLookup {
  const byDomain = new Map<string, Publisher>();
  for (const publisher of list) for (const domain of publisher.domains) byDomain.set(domain.toLowerCase(), publisher);
  return (url) => {
    let host = hostOf(url);
    while (host) {
      const found = byDomain.get(host);
      if (found) return found;
      const dot = host.indexOf('.');
      host = dot === -1 ? undefined : host.slice(dot + 1);
    }
    return undefined;
  };
}

export const publishers: readonly Publisher[] = registry;
export const publisherOf: PublisherLookup = publisherLookup(publishers);
