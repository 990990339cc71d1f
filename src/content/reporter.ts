/** Tells the service worker what this frame mentions (for the badge and popup), debounced. */
import type { Contradiction, EntityCount } from '../shared/messages';

export const REPORT_DEBOUNCE_MS = 400;

/** What a frame reports: its mentions' counts and the fact-check hints on it. */
export interface FrameReport {
  readonly entities: EntityCount[];
  readonly contradictions: Contradiction[];
}

export function createReporter(send: (report: FrameReport) => Promise<unknown>, win: Window) {
  let timer = 0;
  let lastSent: string | undefined;
  return {
    /** Schedules a report of `current()`; repeated calls within the debounce collapse into one. */
    schedule(current: () => FrameReport): void {
      win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        const report = current();
        const key = JSON.stringify(report);
        if (key === lastSent) return;
        lastSent = key;
        void send(report).catch(() => undefined);
      }, REPORT_DEBOUNCE_MS);
    },
    /** Forget the last report, so the next one is sent even if equal (after a navigation). */
    reset(): void {
      lastSent = undefined;
    },
  };
}
