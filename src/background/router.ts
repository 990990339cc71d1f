/**
 * Dispatches typed requests to their handlers. Unknown or malformed messages are answered with
 * nothing rather than an error, so a page-facing bug can never crash the worker.
 */
import type { Runtime } from '../shared/browser';
import { isEnvelope, type BackgroundRequests, type BackgroundRequestType } from '../shared/messages';

export type Handler<K extends BackgroundRequestType> = (
  payload: BackgroundRequests[K]['payload'],
  sender: Runtime.MessageSender,
) => BackgroundRequests[K]['reply'] | Promise<BackgroundRequests[K]['reply']>;

type HandlerMap = { [K in BackgroundRequestType]?: Handler<K> };

export function createRouter() {
  const handlers: HandlerMap = {};
  return {
    on<K extends BackgroundRequestType>(type: K, handler: Handler<K>) {
      (handlers as Record<string, unknown>)[type] = handler;
    },
    /** A runtime.onMessage listener: returns a promise only for messages it handles. */
    listener(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
      if (!isEnvelope(message)) return undefined;
      const handler = (handlers as Record<string, Handler<BackgroundRequestType> | undefined>)[message.type];
      if (!handler) return undefined;
      return Promise.resolve(handler(message.payload as never, sender));
    },
  };
}
