import { defineConfig } from 'wxt';
import { writeCompiledRules } from './scripts/detector-rules';
import { localeFiles } from './extension/i18n/catalog';
import { languageRuleFiles } from './scripts/language-rules';
import { CONTENT_MODULES, FOCUS_WATCH_SCRIPT, MODULE_ENTRIES } from './extension/lazy-start';
import { SITE_MATCHES } from './page/sites';

// The demo build also runs on the local demo page; the release manifest never matches it.
const demo = process.env.SOMEDAY_DEMO === '1';

export default defineConfig({
  // SOMEDAY_SOURCEMAP=1 writes source maps, to see what each content-side module carries;
  // SOMEDAY_KEEP_NAMES=1 keeps function names, for reading CPU profiles (npm run bench:page -- --verbose).
  vite: () => ({
    build: { sourcemap: process.env.SOMEDAY_SOURCEMAP === '1' },
    esbuild: process.env.SOMEDAY_KEEP_NAMES === '1' ? { minifyIdentifiers: false, keepNames: true } : {},
  }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Every import is written out, so the pure engines and the glue read the same way.
  imports: false,
  // SOMEDAY_OUT_DIR lets parallel builds (several checkouts, several test runs) keep out of each other's way.
  outDir: process.env.SOMEDAY_OUT_DIR ?? (demo ? '.output-demo' : '.output'),
  // Firefox gets Manifest V3 too, like Chrome.
  manifestVersion: 3,
  zip: {
    excludeSources: ['docs/**', 'tests/fixtures/dist/**', 'test-results/**', 'reports/**', '.output-demo/**'],
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'alarms', 'contextMenus', 'notifications'],
    // "Insert my free times" at the caret of any supported box; people can rebind it in the browser.
    commands: {
      'insert-free-times': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandInsertTimes__',
      },
    },
    // The modules the content script loads in steps once a box has focus (extension/lazy-start.ts); a
    // per-session address keeps pages from probing for them.
    web_accessible_resources: [{ resources: CONTENT_MODULES, matches: SITE_MATCHES, use_dynamic_url: true }],
    // Calendar feeds only: each origin is requested when the person subscribes to a feed there.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    browser_specific_settings: {
      gecko: {
        id: 'someday@someday.invalid',
        strict_min_version: '142.0',
        // Someday collects nothing: every message and setting stays on the device.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // Each detector language's rules are compiled here, not on the page (scripts/detector-rules.ts).
    'build:before': () => {
      writeCompiledRules();
    },
    // The content side's modules are ES modules (WXT builds unlisted scripts as IIFEs) so that importing
    // one hands over its functions; each stays one self-contained file (see extension/lazy-start.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => (MODULE_ENTRIES as readonly string[]).includes(entrypoint.name))) return;
      if (config.build?.lib) config.build.lib.formats = ['es'];
      const output = config.build?.rollupOptions?.output;
      for (const each of Array.isArray(output) ? output : output ? [output] : []) {
        // Library mode keeps the whitespace of ES output; these files are loaded, not bundled again.
        Object.assign(each, { inlineDynamicImports: true, minify: process.env.SOMEDAY_KEEP_NAMES !== '1' });
      }
    },
    // Interface text lives in typed modules (extension/i18n); the build writes the extension's _locales.
    // Each detector language's rules become a module of their own (scripts/language-rules.ts).
    'build:publicAssets': async (_wxt, files) => {
      files.push(...localeFiles(), ...(await languageRuleFiles()));
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Chrome's background is a service worker, which cannot start the calendar reader's worker:
      // it opens an offscreen document for it (extension/calendars/read-off-thread.ts). Firefox's
      // background page starts the worker itself and has no such permission.
      if (wxt.config.browser === 'chrome') manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
      // The content script is built as a plain script (entrypoints/focus-watch.ts) so it carries no
      // extension API wrapper; it is listed here. The demo build also runs it on the demo page.
      const matches = demo ? [...SITE_MATCHES, 'http://demo.someday.localhost/*'] : SITE_MATCHES;
      manifest.content_scripts = [{ matches, js: [FOCUS_WATCH_SCRIPT], run_at: 'document_idle' }];
      if (!demo) return;
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource !== 'string') resource.matches = matches;
      }
    },
  },
});
