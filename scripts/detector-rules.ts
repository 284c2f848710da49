/**
 * `npm run rules:detector`: compiles each detector language's hand-written rules (core/detect/lang/<code>.ts)
 * into compact data (core/detect/compiled/<code>.ts), so a page decodes a language instead of compiling it.
 * The build runs it first (wxt.config.ts) and tests/detect/compiled.test.ts fails when a file is stale.
 * `--check` only reports stale files (exit code 1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeLanguage } from '../core/detect/compile.ts';
import { SOURCE_RULES } from '../core/detect/lang/index.ts';
import { LANGUAGE_ORDER } from '../core/detect/language.ts';
import type { LanguageCode } from '../core/detect/types.ts';

export function compiledRulesPath(code: LanguageCode): string {
  return fileURLToPath(new URL(`../core/detect/compiled/${code}.ts`, import.meta.url));
}

/** One value per line at the top two levels: readable diffs, no formatter needed. */
function literal(value: unknown, depth: number): string {
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const pad = '  '.repeat(3 - depth);
  const entries = Object.entries(value as Record<string, unknown>).filter(([, each]) => each !== undefined);
  return `{\n${entries.map(([key, each]) => `${pad}  ${JSON.stringify(key)}: ${literal(each, depth - 1)},`).join('\n')}\n${pad}}`;
}

/** The text of compiled/<code>.ts as the language's rules make it today. */
export function compiledRulesModule(code: LanguageCode): string {
  const data = encodeLanguage(SOURCE_RULES[code]);
  return (
    `/** Written by \`npm run rules:detector\` (scripts/detector-rules.ts) from lang/${code}.ts; do not edit (a test fails when it is stale). */\n` +
    `import type { LanguageRules } from '../types.ts';\n\n` +
    `export const ${code}: LanguageRules = ${literal(data, 2)};\n`
  );
}

/** Writes every stale compiled file; returns the languages whose file changed (with `check`, only finds them). */
export function writeCompiledRules(check = false): LanguageCode[] {
  const stale: LanguageCode[] = [];
  for (const code of LANGUAGE_ORDER) {
    const path = compiledRulesPath(code);
    const text = compiledRulesModule(code);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // Missing: written below.
    }
    if (current === text) continue;
    stale.push(code);
    if (!check) writeFileSync(path, text);
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = writeCompiledRules(check);
  if (check && stale.length > 0) {
    console.error(`Stale compiled detector rules: ${stale.join(', ')}. Run npm run rules:detector.`);
    process.exit(1);
  }
  console.log(stale.length === 0 ? 'Compiled detector rules are up to date.' : `Wrote compiled detector rules: ${stale.join(', ')}.`);
}
