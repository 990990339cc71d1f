/** Test helper: the window's event listeners added from now on and not yet removed. */
import { vi } from 'vitest';

export function liveWindowListeners(): Set<unknown> {
  const live = new Set<unknown>();
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
    live.add(listener);
    add.call(window, type, listener, options);
  });
  vi.spyOn(window, 'removeEventListener').mockImplementation((type, listener, options) => {
    live.delete(listener);
    remove.call(window, type, listener, options);
  });
  return live;
}
