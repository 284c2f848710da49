/**
 * The three layers of the code (docs/ARCHITECTURE.md), checked on every file's imports:
 * - core/      pure code that runs in plain Node: it imports only core/ and plain packages, never
 *              page/, extension/, components/ or entrypoints/, nor WXT, the extension API or React;
 * - page/      code that runs in the sites' pages: core/ and page/, never extension/;
 * - extension/ code that needs the extension's APIs: anything but components/ and entrypoints/.
 * Neither core/ nor page/ reaches for the extension API through a global (`browser.x`, `chrome.x`).
 * Imports are read by TypeScript's own pre-processor, so comments and strings are not imports,
 * and `import()`, `export … from` and type-only imports count like the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYERS = ['core', 'page', 'extension'] as const;
type Layer = (typeof LAYERS)[number];
/** Top folders of the app; a file elsewhere (tests, scripts) is not imported by a layer. */
type Place = Layer | 'components' | 'entrypoints' | 'other';

const MAY_IMPORT: Record<Layer, readonly Place[]> = {
  core: ['core'],
  page: ['core', 'page'],
  extension: ['core', 'page', 'extension'],
};

/** Packages a layer may not import (the name or anything under it). */
const FORBIDDEN_PACKAGES: Record<Layer, readonly string[]> = {
  core: ['wxt', '#imports', '@wxt-dev', 'webextension-polyfill', 'react', 'react-dom', 'zustand'],
  page: ['wxt/browser', '#imports', 'webextension-polyfill'],
  extension: [],
};
/** Layers that may not use the extension API through a global. */
const NO_EXTENSION_GLOBALS: readonly Layer[] = ['core', 'page'];

export interface SourceFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

function placeOf(file: string): Place {
  const top = file.split('/')[0];
  return top === 'core' || top === 'page' || top === 'extension' || top === 'components' || top === 'entrypoints' ? top : 'other';
}

function resolveRelative(from: string, specifier: string, exists: (file: string) => boolean): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find(exists) ?? null;
}

function usesExtensionGlobal(file: SourceFile): string | null {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false, file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  let found: string | null = null;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isPropertyAccessExpression(node)) {
      const target = node.expression;
      const name = ts.isIdentifier(target)
        ? target.text
        : ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === 'globalThis'
          ? target.name.text
          : null;
      if (name === 'browser' || name === 'chrome') found = node.getText(source);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every import that breaks the layer rule, as "file → what it imports (why)". */
export function layerProblems(files: readonly SourceFile[], exists: (file: string) => boolean): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const layer = placeOf(file.path);
    if (layer !== 'core' && layer !== 'page' && layer !== 'extension') continue;
    const { importedFiles } = ts.preProcessFile(file.text, true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file.path, specifier, exists);
        if (target === null) problems.push(`${file.path} → ${specifier} (not found)`);
        else if (!MAY_IMPORT[layer].includes(placeOf(target))) problems.push(`${file.path} → ${target} (${layer} may not import ${placeOf(target)})`);
      } else if (FORBIDDEN_PACKAGES[layer].some((name) => specifier === name || specifier.startsWith(`${name}/`))) {
        problems.push(`${file.path} → ${specifier} (${layer} may not import it)`);
      }
    }
    if (NO_EXTENSION_GLOBALS.includes(layer)) {
      const global = usesExtensionGlobal(file);
      if (global) problems.push(`${file.path} → ${global} (${layer} may not use the extension API)`);
    }
  }
  return problems;
}

function sourceFiles(folder: string): SourceFile[] {
  const absolute = path.join(ROOT, folder);
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => {
      const relative = `${folder}/${name.split(path.sep).join('/')}`;
      return { path: relative, text: readFileSync(path.join(ROOT, relative), 'utf8') };
    });
}

const existsInRepo = (file: string): boolean => {
  try {
    return statSync(path.join(ROOT, file)).isFile();
  } catch {
    return false;
  }
};

describe('the layer rule', () => {
  test.each(LAYERS)('%s/ holds code', (layer) => {
    expect(sourceFiles(layer).length).toBeGreaterThan(3);
  });

  test('every import in core/, page/ and extension/ keeps to it', () => {
    const files = LAYERS.flatMap(sourceFiles);
    expect(layerProblems(files, existsInRepo)).toEqual([]);
  });
});

describe('the checker', () => {
  const tree: Record<string, string> = {
    'core/a.ts': [
      "import { x } from './b';",
      "import type { Y } from '../extension/storage';",
      "export { z } from '../page/sites/index.ts';",
      "const later = () => import('../components/Card');",
      "import { browser } from 'wxt/browser';",
      "import { useState } from 'react';",
      "import { z as zod } from 'zod';",
      "import { gone } from './missing';",
      '// import { fine } from "../extension/comment";',
      "const text = \"from '../extension/string'\";",
    ].join('\n'),
    'core/b.ts': 'export const x = () => browser.storage.local.get();',
    'core/c.ts': 'export const id = globalThis.chrome.runtime.id;',
    'core/d.ts': 'export const browserName = "firefox"; export function browser2() { return browserName.length; }',
    'page/p.ts': "import { stores } from '../extension/stores';\nimport { a } from '../core/a';\nexport const url = chrome.runtime.getURL('x');",
    'extension/storage.ts': "import { p } from '../page/p';\nimport { browser } from 'wxt/browser';\nexport const y = browser.storage;",
    'extension/stores.ts': "import { CardView } from '../components/Card';",
    'page/sites/index.ts': '',
    'components/Card.tsx': '',
  };
  const files = Object.entries(tree).map(([file, text]) => ({ path: file, text }));
  const problems = layerProblems(files, (file) => file in tree);

  test('names each import across the rule, and nothing else', () => {
    expect(problems).toEqual([
      'core/a.ts → extension/storage.ts (core may not import extension)',
      'core/a.ts → page/sites/index.ts (core may not import page)',
      'core/a.ts → components/Card.tsx (core may not import components)',
      'core/a.ts → wxt/browser (core may not import it)',
      'core/a.ts → react (core may not import it)',
      'core/a.ts → ./missing (not found)',
      'core/b.ts → browser.storage (core may not use the extension API)',
      'core/c.ts → globalThis.chrome.runtime (core may not use the extension API)',
      'page/p.ts → extension/stores.ts (page may not import extension)',
      'page/p.ts → chrome.runtime (page may not use the extension API)',
      'extension/stores.ts → components/Card.tsx (extension may not import components)',
    ]);
  });
});
