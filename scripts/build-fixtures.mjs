#!/usr/bin/env node
// Builds Someday's end-to-end fixture pages: tests/fixtures/src/pages/<name>.html
// + <name>.ts(x) -> tests/fixtures/dist/<name>.html, one self-contained HTML
// file per page with its bundled script and CSS inlined (no asset requests).
// The test harness routes each page's real-site URL to its file; see
// tests/fixtures/pages.ts. Set FIXTURES_SOURCEMAP=1 for inline source maps.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = path.join(root, 'tests/fixtures/src/pages');
const distDir = path.join(root, 'tests/fixtures/dist');

// Keep in step with `file` in tests/fixtures/pages.ts.
const PAGES = [
  'lexical',
  'draft',
  'quill',
  'contenteditable',
  'textarea',
  'demo',
  'facebook-messages',
  'facebook-two-chats',
  'facebook-comment',
  'facebook-post',
  'messenger-spa',
  'feed-churn',
  'x-reply',
  'x-dm',
  'xchat',
  'xchat-pin',
  'linkedin-overlay',
  'linkedin-comment',
];

function entryFor(name) {
  for (const ext of ['.ts', '.tsx']) {
    const file = path.join(pagesDir, name + ext);
    if (existsSync(file)) return file;
  }
  throw new Error(`build-fixtures: no entry for page "${name}" in ${pagesDir}`);
}

/** Text that would end an inline <script>/<style> early cannot be inlined. */
function assertInlinable(text, tag, page) {
  if (new RegExp(`</${tag}`, 'i').test(text)) {
    throw new Error(`build-fixtures: ${page}: bundled ${tag} contains "</${tag}" and cannot be inlined`);
  }
}

async function buildPage(name) {
  const result = await build({
    entryPoints: { [name]: entryFor(name) },
    bundle: true,
    write: false,
    outdir: distDir,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: false,
    sourcemap: process.env.FIXTURES_SOURCEMAP ? 'inline' : false,
    jsx: 'automatic',
    loader: { '.css': 'css' },
    // Draft.js, React and Lexical read process.env.NODE_ENV; fbjs (Draft.js)
    // reads `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    // Do not pick up the repo tsconfig (it extends WXT's generated one).
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', useDefineForClassFields: true } },
    logLevel: 'warning',
  });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => f.text).join('\n');
  const css = result.outputFiles.filter((f) => f.path.endsWith('.css')).map((f) => f.text).join('\n');
  assertInlinable(js, 'script', name);
  assertInlinable(css, 'style', name);

  let html = await readFile(path.join(pagesDir, `${name}.html`), 'utf8');
  for (const marker of ['<!-- fixture:style -->', '<!-- fixture:script -->']) {
    if (!html.includes(marker)) throw new Error(`build-fixtures: ${name}.html lacks ${marker}`);
  }
  // Function replacers: the bundles contain "$&"-like sequences.
  html = html.replace('<!-- fixture:style -->', () => (css ? `<style>\n${css}</style>` : ''));
  html = html.replace('<!-- fixture:script -->', () => `<script>\n${js}</script>`);
  const out = path.join(distDir, `${name}.html`);
  await writeFile(out, html);
  return { name, bytes: Buffer.byteLength(html) };
}

// A page source left out of PAGES would silently never be built.
const sources = (await readdir(pagesDir)).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length));
const unlisted = sources.filter((name) => !PAGES.includes(name));
if (unlisted.length) throw new Error(`build-fixtures: pages not in PAGES: ${unlisted.join(', ')}`);

await rm(distDir, { recursive: true, force: true });
await mkdir(distDir, { recursive: true });
const built = await Promise.all(PAGES.map(buildPage));
for (const { name, bytes } of built) {
  console.log(`fixture ${name}.html  ${(bytes / 1024).toFixed(0)} KiB`);
}
