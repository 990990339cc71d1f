/**
 * Where the page session's code lives in the build. The content script itself is only the scout
 * (./index.ts): this module is loaded, with `import()`, on the pages where the scout wakes, so the
 * many pages that name nothing never compile it. It must be one self-contained file: Chrome serves it
 * from a per-session address (`use_dynamic_url`), and imports inside it would resolve against the
 * extension's fixed address, which pages are not allowed to load.
 */
export const SESSION_MODULE_FILE = 'src/content/session.js';
