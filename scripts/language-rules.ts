/**
 * Each detector language (its rules and its learned model) as an ES module of its own (rules/<code>.js),
 * for the content side to import when a message needs that language. Built with esbuild beside WXT's build: they are plain
 * data modules with no imports at run time, so each file stands alone.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { LANGUAGE_ORDER } from '../core/detect/language';
import { rulesModulePath } from '../extension/lazy-start';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function languageRuleFiles(): Promise<{ relativeDest: string; contents: string }[]> {
  return Promise.all(
    LANGUAGE_ORDER.map(async (code) => {
      const result = await build({
        // The module's default export is the language's rules with its model (core/detect/detector.ts's LanguageData).
        stdin: {
          contents: [
            `import { ${code} as rules } from './core/detect/lang/${code}.ts';`,
            `import { ${code}Model as model } from './core/detect/models/${code}.ts';`,
            'export default { rules, model };',
          ].join('\n'),
          resolveDir: root,
          loader: 'ts',
        },
        bundle: true,
        write: false,
        format: 'esm',
        minify: true,
        target: ['chrome120', 'firefox128'],
        logLevel: 'silent',
      });
      return { relativeDest: rulesModulePath(code).slice(1), contents: result.outputFiles[0]!.text };
    }),
  );
}
