/**
 * detectVaguePhrases speed: typical composer messages, long messages (to show
 * linear growth) and adversarial inputs that would expose regex backtracking.
 * Run with `npx tsx tests/bench/run.ts detect`.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { detectVaguePhrases, setModelAssets } from '../../core/detect/index.ts';
import { MODEL_ASSETS } from '../../core/detect/models/index.ts';
import { loadCorpus } from '../detect/corpus.ts';
import { bench, formatDuration, recordBench } from './harness.ts';

const corpus = loadCorpus();
const textsByLang = new Map<string, string[]>();
for (const entry of corpus) textsByLang.set(entry.lang, [...(textsByLang.get(entry.lang) ?? []), entry.text]);
// Mostly English, like Someday's users; every message stays in one language.
const LANG_MIX = ['en', 'en', 'en', 'en', 'en', 'en', 'es', 'fr', 'de', 'pt'];

/**
 * Many different messages of about `size` chars, each stitched from corpus
 * lines of one language in varying order. Corpus lines are dense with wishes,
 * so this is a pessimistic mix: most real messages hold none.
 */
function messagesOfSize(size: number, count: number): string[] {
  const messages: string[] = [];
  let cursor = 0;
  for (let i = 0; i < count; i++) {
    const texts = textsByLang.get(LANG_MIX[i % LANG_MIX.length] ?? 'en') ?? [];
    let message = '';
    while (message.length < size && texts.length > 0) {
      const text = texts[(cursor * 7919 + i) % texts.length] ?? '';
      cursor++;
      message += (message ? ' ' : '') + text;
    }
    messages.push(message.slice(0, size));
  }
  return messages;
}

const SHORT_BATCH = 1000;
const short = messagesOfSize(280, SHORT_BATCH);
// Everyday chat: the same construction from lines labelled "none" only (no wish to find).
const plainTexts = corpus.filter((entry) => entry.label === 'none' && entry.lang === 'en').map((entry) => entry.text);
const plain: string[] = [];
for (let i = 0; i < SHORT_BATCH; i++) {
  let message = '';
  for (let k = 0; message.length < 280; k++) message += (message ? ' ' : '') + (plainTexts[(i * 37 + k * 11) % plainTexts.length] ?? '');
  plain.push(message.slice(0, 280));
}
const LONG_BATCH = 50;
const long = messagesOfSize(5000, LONG_BATCH);

let sink = 0;
function runAll(messages: readonly string[]): void {
  for (const message of messages) sink += detectVaguePhrases(message).length;
}

// Warm the compiled rules once so the first timed run is not the compile.
runAll(short.slice(0, 10));

const shortResult = await bench(`280-char messages, rules + model fused, ${SHORT_BATCH} different per run`, () => runAll(short), {
  iterations: 40,
  warmup: 5,
  medianTargetMs: 0.03 * SHORT_BATCH,
});
// The same messages with the rules alone, for what the model adds.
const warn = console.warn;
console.warn = () => {};
setModelAssets({});
runAll(short.slice(0, 10));
console.warn = warn;
const rulesOnly = await bench(`280-char messages, rules alone, ${SHORT_BATCH} different per run`, () => runAll(short), { iterations: 40, warmup: 5 });
setModelAssets(MODEL_ASSETS);
runAll(short.slice(0, 10));
const longResult = await bench(`5,000-char messages, ${LONG_BATCH} different per run`, () => runAll(long), {
  iterations: 40,
  warmup: 5,
  medianTargetMs: 0.02 * LONG_BATCH * (5000 / 280) * 1.5,
});

const plainResult = await bench(`280-char everyday messages (no wishes), ${SHORT_BATCH} different per run`, () => runAll(plain), {
  iterations: 40,
  warmup: 5,
  medianTargetMs: 0.03 * SHORT_BATCH,
});

const perShort = shortResult.medianMs / SHORT_BATCH;
const perLong = longResult.medianMs / LONG_BATCH;
console.log(
  `     per message: 280 chars ${formatDuration(perShort)} wish-dense fused (rules alone ${formatDuration(rulesOnly.medianMs / SHORT_BATCH)}), ${formatDuration(plainResult.medianMs / SHORT_BATCH)} everyday (target ≤ 30.00 µs), 5,000 chars ${formatDuration(perLong)}\n` +
    `     per 1,000 chars: ${formatDuration((perShort * 1000) / 280)} at 280 chars, ${formatDuration((perLong * 1000) / 5000)} at 5,000 chars (linear growth keeps these close)`,
);

const KB100 = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
const adversarial: Array<[string, string]> = [
  ['100 KB of repeated phrase fragments', fill('we should we should hang hang out out ')],
  ['100 KB of "miss miss miss"', fill('miss ')],
  ['100 KB of whole wishes', fill('we should hang out sometime :) miss you! ')],
  ['100 KB of whitespace runs', fill(' \t   \n\n    ') + 'we should hang out sometime'],
  ['100 KB with no spaces', fill('weshouldhangout')],
  ['100 KB of punctuation and emoji', fill('!?.,:) 😭❤️ ¿¡ ')],
  ['100 KB of German gaps', fill('wir sollten uns mal wieder mal wieder mal ')],
  ['100 KB of let-me-know chains', fill("let me know when you're free let me know if ")],
];
for (const [name, text] of adversarial) {
  await bench(name, () => detectVaguePhrases(text), { iterations: 15, warmup: 2, worstTargetMs: 10 });
}

// A tab compiles a language's rules on its first message in that language,
// on the page's main thread, once: time it cold, in a fresh process each
// run, and keep it under a long task (50 ms).
const engineUrl = new URL('../../core/detect/engine.ts', import.meta.url).href;
for (const code of ['en', 'es', 'fr', 'de', 'pt']) {
  const langUrl = new URL(`../../core/detect/lang/${code}.ts`, import.meta.url).href;
  const script =
    `const { compileLanguage } = await import(${JSON.stringify(engineUrl)});` +
    `const rules = (await import(${JSON.stringify(langUrl)})).${code};` +
    `const start = performance.now(); compileLanguage(rules); console.log(performance.now() - start);`;
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const ms = Number(child.stdout.trim());
    if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`compiling the ${code} rules failed: ${child.stderr.slice(0, 500)}`);
    times.push(ms);
  }
  recordBench(`compile the ${code} rules, cold (once per tab, on its first ${code} message)`, times, { medianTargetMs: 50 });
}

// The first detection in a tab, per language: a fresh process imports the
// detector and times its first message in that language (rules compiled,
// model decoded, message read). Target 5 ms.
const detectUrl = new URL('../../core/detect/index.ts', import.meta.url).href;
const FIRST: Record<string, string> = {
  en: 'hey! we should hang out sometime :) how was the trip?',
  es: '¡hola! a ver si quedamos un día de estos, ¿qué tal todo?',
  fr: 'coucou ! on se fait un café un de ces jours ? tu me manques',
  de: 'hey! wir sollten uns mal wieder treffen, wie geht es dir?',
  pt: 'oi! vamos marcar um café qualquer dia desses? saudades',
};
for (const [code, text] of Object.entries(FIRST)) {
  const script =
    `const { detectVaguePhrases } = await import(${JSON.stringify(detectUrl)});` +
    `const start = performance.now(); const found = detectVaguePhrases(${JSON.stringify(text)}, { lang: '${code}' }); const ms = performance.now() - start;` +
    `if (found.length === 0) throw new Error('no match'); console.log(ms);`;
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const ms = Number(child.stdout.trim());
    if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`first ${code} detection failed: ${child.stderr.slice(0, 500)}`);
    times.push(ms);
  }
  recordBench(`first ${code} detection in a tab, cold (rules compiled + model decoded + one message)`, times, { medianTargetMs: 5 });
}

// Size on the wire: the detector bundled and minified (rules, engine and all five models), gzipped.
async function gzipped(entry: string | undefined, contents?: string): Promise<number> {
  const result = await build({
    ...(contents ? { stdin: { contents, resolveDir: new URL('../../core/detect/', import.meta.url).pathname, loader: 'ts' } } : { entryPoints: [entry as string] }),
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}
const detectPath = new URL('../../core/detect/index.ts', import.meta.url).pathname;
const total = await gzipped(detectPath);
const models = await gzipped(undefined, `export { MODEL_ASSETS } from './models/index.ts';`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${total <= 150 * 1024 ? 'ok  ' : 'MISS'} detector bundle, five languages, rules + model: ${kb(total)} gzip (target ≤ 150 KB); the five models alone ${kb(models)}`);
for (const code of Object.keys(FIRST)) {
  const size = await gzipped(undefined, `export { ${code}Model } from './models/${code}.ts'; export { ${code} } from './lang/${code}.ts';`);
  console.log(`     ${code}: rules + model ${kb(size)} gzip on its own`);
}

if (sink < 0) console.log(sink);
