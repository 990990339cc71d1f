/**
 * One config, two targets: `vite build --mode chrome` writes dist/chrome (MV3 service worker),
 * `--mode firefox` writes dist/firefox (background scripts + gecko settings). OUT_DIR overrides the
 * folder, so several builds can run side by side.
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { datasetCheckPlugin } from './src/cli/dataset-check-plugin';
import { detectEntitiesPlugin } from './src/cli/detect-entities-plugin';
import { catalogueProblems, readCatalogues } from './src/cli/locales';

type Target = 'chrome' | 'firefox';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** The shared manifest.json, adapted to what each browser accepts without warnings. */
function manifestFor(target: Target): ManifestV3Export {
  const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  const manifest = { ...base, version: pkg.version };
  const worker: string = base.background.service_worker;
  if (target === 'firefox') {
    manifest.background = { scripts: [worker], type: 'module' };
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
 * crxjs lists every bundle file as web-accessible to all sites (so that its content-script loader can
 * import them). Our content script is one self-contained file and needs none of that: dropping the
 * entry means a page cannot probe for the extension by fetching its files.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'ctl:no-web-accessible-resources',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const asset = bundle['manifest.json'];
      if (!asset || asset.type !== 'asset') return;
      const manifest = JSON.parse(String(asset.source));
      delete manifest.web_accessible_resources;
      asset.source = JSON.stringify(manifest, null, 2);
    },
  };
}

/** Unit tests (vitest) get a plain config: no extension plugins, Node by default. */
const unitTestConfig = {
  root,
  define: { __CTL_HIGHLIGHT_API__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A file that needs a DOM says so: `// @vitest-environment happy-dom`.
  },
};

export default defineConfig(({ mode }) => {
  if (process.env.VITEST) return unitTestConfig;
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    root,
    publicDir: false,
    define: {
      __TARGET__: JSON.stringify(target),
      // Only the e2e harness sets this, to test the page's fallback marks in browsers that all have the
      // Highlight API now; a normal build keeps the constant true and the minifier drops the branch.
      __CTL_HIGHLIGHT_API__: JSON.stringify(process.env.CTL_WITHOUT_HIGHLIGHT_API !== '1'),
    },
    build: {
      outDir: process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : resolve(root, 'dist', target),
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox128' : 'chrome120',
      minify: true,
      sourcemap: false,
      chunkSizeWarningLimit: 2048,
    },
    plugins: [
      datasetCheckPlugin(root),
      detectEntitiesPlugin(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      localesPlugin(),
      noWebAccessibleResources(),
    ],
  };
});
