/**
 * Dispatches the worker's requests to their handlers. A request is checked against its schema before
 * its handler sees it; an unknown or malformed one is answered with nothing rather than an error, so a
 * page-facing bug can never crash the worker.
 */
import type { Runtime } from '../shared/browser';
import { backgroundMessages, readRequest, type BackgroundRequests, type BackgroundRequestType } from '../shared/messages';

export type Handler<K extends BackgroundRequestType> = (
  payload: BackgroundRequests[K]['payload'],
  sender: Runtime.MessageSender,
) => BackgroundRequests[K]['reply'] | Promise<BackgroundRequests[K]['reply']>;

export type Handlers = { readonly [K in BackgroundRequestType]: Handler<K> };

/** A runtime.onMessage listener over one handler per request: it returns a promise only for requests it takes. */
export function createRouter(handlers: Handlers) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const request = readRequest(backgroundMessages, message);
    if (!request) return undefined;
    const handler = handlers[request.type] as Handler<typeof request.type>;
    return Promise.resolve(handler(request.payload as never, sender));
  };
}
