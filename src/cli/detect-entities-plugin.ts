/**
 * Defines `__CTL_DETECT_ENTITIES__`: only the fields detection needs (id, kind, name, Chinese names,
 * aliases), serialised at build time. The content script runs on every page, so it must not carry the
 * full dataset; card details come from the service worker on demand. A `define` rather than a virtual
 * module because crxjs builds the standalone content script without the config's plugins, but with
 * its `define`.
 */
import type { Plugin } from 'vite';
import { entities } from '../data/index';
import type { DetectEntity } from '../detect/types';

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
    config: () => ({ define: { __CTL_DETECT_ENTITIES__: JSON.stringify(detectEntities()) } }),
  };
}
