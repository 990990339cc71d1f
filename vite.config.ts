/**
 * One config, two targets: `vite build --mode chrome` writes dist/chrome (MV3 service worker),
 * `--mode firefox` writes dist/firefox (background scripts + gecko settings). OUT_DIR overrides the
 * folder, so several builds can run side by side.
 */
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { datasetCheckPlugin } from './src/cli/dataset-check-plugin';
import { detectEntitiesPlugin } from './src/cli/detect-entities-plugin';
import { catalogueProblems, readCatalogues } from './src/cli/locales';
import { SESSION_MODULE_FILE } from './src/content/session-module';

type Target = 'chrome' | 'firefox';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const baseManifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));

/** The shared manifest.json, adapted to what each browser accepts without warnings. */
function manifestFor(target: Target): ManifestV3Export {
  const manifest = { ...baseManifest, version: pkg.version };
  const worker: string = baseManifest.background.service_worker;
  if (target === 'firefox') {
    manifest.background = { scripts: [worker], type: 'module' };
    delete manifest.minimum_chrome_version;
  } else {
    delete manifest.browser_specific_settings;
  }
  return manifest;
}

/** Emits _locales/<lang>/messages.json from the per-area fragments, failing the build on gaps. */
function localesPlugin(): Plugin {
  const dir = resolve(root, 'src/locales');
  return {
    name: 'ctl:locales',
    buildStart() {
      this.addWatchFile(dir);
    },
    generateBundle() {
      const catalogues = readCatalogues(dir);
      const problems = catalogueProblems(catalogues);
      if (problems.length) this.error(`i18n catalogues are incomplete:\n  ${problems.join('\n  ')}`);
      for (const [lang, catalogue] of catalogues) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: JSON.stringify(catalogue, null, 1),
        });
      }
    },
  };
}

/**
 * The page session's module (src/content/start-session.ts), which the content script imports only on
 * pages that may name something, is built on its own, as one self-contained ES module: the main build
 * would share its code with the popup's and options page's chunks, and a module served at Chrome's
 * per-session address cannot import other files. It joins the main bundle as an asset, before crxjs
 * checks that every manifest file exists.
 *
 * It is the extension's only web-accessible file (any such file at a fixed address would let every
 * page detect the extension by fetching it): listed for the content script's sites only, and in Chrome
 * served at a per-session address (`use_dynamic_url`), so a page cannot probe the extension's fixed id
 * for it. (crxjs drops that key for Firefox, whose extension addresses are random per install.)
 */
function sessionModule(target: Target, define: Record<string, string>): CrxPlugin {
  return {
    name: 'ctl:session-module',
    apply: 'build',
    async buildStart() {
      const output = await build({
        configFile: false,
        root,
        publicDir: false,
        logLevel: 'warn',
        define,
        build: {
          write: false,
          target: buildTarget(target),
          minify: true,
          sourcemap: false,
          modulePreload: false,
          // Not lib mode, which leaves ES output unminified.
          rollupOptions: {
            input: resolve(root, 'src/content/start-session.ts'),
            preserveEntrySignatures: 'exports-only',
            output: { format: 'es', entryFileNames: SESSION_MODULE_FILE },
          },
        },
      });
      const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
      if (chunks.length !== 1 || chunks[0]!.type !== 'chunk') {
        this.error(`the page session module must build to one file, got: ${chunks.map((c) => c.fileName).join(', ')}`);
      }
      this.emitFile({ type: 'asset', fileName: SESSION_MODULE_FILE, source: chunks[0]!.code });
    },
    // crxjs's own hook, run while it writes the manifest.
    renderCrxManifest(manifest) {
      const matches = [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []))];
      manifest.web_accessible_resources = [
        { resources: [SESSION_MODULE_FILE], matches, ...(target === 'chrome' ? { use_dynamic_url: true } : {}) },
      ];
      return manifest;
    },
  };
}

/**
 * compromise evaluated on first use: src/detect/compromise.ts becomes a function whose body is the
 * library's own single-file bundle, so the service worker parses it at start-up but builds its model (a
 * few hundred milliseconds) only when a sentence first needs tags. A dynamic import() would do the same
 * with less code, but Chrome refuses import() in service workers.
 */
function lazyCompromise(): Plugin {
  const entry = resolve(root, 'src/detect/compromise.ts');
  const bundle = resolve(root, 'node_modules/compromise/builds/three/compromise-three.mjs');
  return {
    name: 'ctl:lazy-compromise',
    enforce: 'pre',
    load(id) {
      if (id !== entry) return null;
      const code = readFileSync(bundle, 'utf8');
      const end = /export\s*\{\s*(\w+)\s+as\s+default\s*\};?\s*$/.exec(code);
      if (!end || /^\s*import\b/m.test(code)) this.error(`${bundle} is no longer one self-contained module: update lazyCompromise`);
      return `let nlp;\nexport function compromise() {\n  return (nlp ??= (() => {\n${code.slice(0, end.index)}\nreturn ${end[1]};\n})());\n}\n`;
    },
  };
}

/**
 * The syntax the bundles may use: what the oldest browser the manifest accepts understands
 * (`minimum_chrome_version`, gecko's `strict_min_version`; the README's "Browser versions" says why
 * those versions).
 */
const buildTarget = (target: Target) =>
  target === 'firefox'
    ? `firefox${Number.parseInt(baseManifest.browser_specific_settings.gecko.strict_min_version, 10)}`
    : `chrome${baseManifest.minimum_chrome_version}`;

/** Unit tests (vitest) get a plain config: no extension plugins, Node by default. */
const unitTestConfig = {
  root,
  define: { __CTL_HIGHLIGHT_API__: 'true', __TARGET__: JSON.stringify('chrome') },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A file that needs a DOM says so: `// @vitest-environment happy-dom`.
  },
};

export default defineConfig(({ mode }) => {
  if (process.env.VITEST) return unitTestConfig;
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const define = {
    __TARGET__: JSON.stringify(target),
    // Only the e2e harness sets this, to test the page's fallback marks in browsers that all have the
    // Highlight API now; a normal build keeps the constant true and the minifier drops the branch.
    __CTL_HIGHLIGHT_API__: JSON.stringify(process.env.CTL_WITHOUT_HIGHLIGHT_API !== '1'),
  };
  const outDir = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : resolve(root, 'dist', target);
  return {
    root,
    publicDir: false,
    define,
    build: {
      outDir,
      emptyOutDir: true,
      target: buildTarget(target),
      minify: true,
      sourcemap: false,
      // Every browser the manifest accepts preloads modules itself; Vite's polyfill would be the one
      // fetch() call in the package (of the extension's own files, but the privacy page says none).
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2048,
      // Pages the manifest does not name, which crxjs would not build: the privacy page (linked from
      // the options page).
      rollupOptions: { input: { privacy: resolve(root, 'src/privacy/index.html') } },
    },
    plugins: [
      datasetCheckPlugin(root),
      detectEntitiesPlugin(),
      lazyCompromise(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      localesPlugin(),
      sessionModule(target, define),
    ],
  };
});
