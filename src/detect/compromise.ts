/**
 * compromise, the English NLP library, as one function that returns it. In Node the import is the
 * library itself; the extension's build replaces this module (vite.config.ts, `lazyCompromise`) with
 * one that evaluates the library's bundle only on the first call: building its model takes a few
 * hundred milliseconds, and the service worker needs it only for a sentence still in doubt after the
 * cheap rules (most pages have none), so its start-up does not pay for it.
 */
import nlp from 'compromise';

export const compromise = (): typeof nlp => nlp;
