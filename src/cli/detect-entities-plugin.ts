/**
 * Build-time constant for the content script, which runs on every page and so must stay small and
 * cheap to start: `__CTL_PREFILTER__`, the words that begin the aliases and the first characters of
 * Chinese-script aliases, so a page without candidates is ruled out by word lookups. Blocks that pass
 * go to the service worker, which runs the detector ('detect:text').
 * A `define` rather than a virtual module: crxjs builds the standalone content script without the
 * config's plugins, but with its `define`.
 */
import type { Plugin } from 'vite';
import { entities } from '../data/index';
import type { DetectEntity } from '../detect/types';
import { prefilterWords } from '../detect/prefilter-words';

export function detectEntities(): DetectEntity[] {
  return entities.map(({ id, kind, name, names, aliases }) => ({
    id,
    kind,
    name,
    names: { zh: names?.zh, ...(names?.zhHant ? { zhHant: names.zhHant } : {}) },
    aliases,
  }));
}

export function detectEntitiesPlugin(): Plugin {
  return {
    name: 'ctl:detect-entities',
    config: () => ({
      define: {
        // A string for JSON.parse: the engine reads JSON faster than an object literal of this size.
        __CTL_PREFILTER__: JSON.stringify(JSON.stringify(prefilterWords(detectEntities()))),
      },
    }),
  };
}
