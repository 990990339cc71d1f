import { withoutHash, type PageIdentity } from '../shared/messages';

/** The document this frame shows (see PageIdentity): read fresh each time, as a single-page app moves. */
export function pageIdentity(): PageIdentity {
  return { url: withoutHash(location.href), startedAt: performance.timeOrigin };
}
