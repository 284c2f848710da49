/**
 * detectVaguePhrases speed: typical composer messages, long messages (to show
 * linear growth) and adversarial inputs that would expose regex backtracking.
 * Run with `npx tsx tests/bench/run.ts detect`.
 */
import { spawnSync } from 'node:child_process';
import { detectVaguePhrases } from '../../utils/detect/index.ts';
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

const shortResult = await bench(`280-char messages, ${SHORT_BATCH} different per run`, () => runAll(short), {
  iterations: 40,
  warmup: 5,
  medianTargetMs: 0.02 * SHORT_BATCH,
});
const longResult = await bench(`5,000-char messages, ${LONG_BATCH} different per run`, () => runAll(long), {
  iterations: 40,
  warmup: 5,
  medianTargetMs: 0.02 * LONG_BATCH * (5000 / 280) * 1.5,
});

const plainResult = await bench(`280-char everyday messages (no wishes), ${SHORT_BATCH} different per run`, () => runAll(plain), {
  iterations: 40,
  warmup: 5,
  medianTargetMs: 0.02 * SHORT_BATCH,
});

const perShort = shortResult.medianMs / SHORT_BATCH;
const perLong = longResult.medianMs / LONG_BATCH;
console.log(
  `     per message: 280 chars ${formatDuration(perShort)} wish-dense, ${formatDuration(plainResult.medianMs / SHORT_BATCH)} everyday (target ≤ 20.00 µs), 5,000 chars ${formatDuration(perLong)}\n` +
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
const engineUrl = new URL('../../utils/detect/engine.ts', import.meta.url).href;
for (const code of ['en', 'es', 'fr', 'de', 'pt']) {
  const langUrl = new URL(`../../utils/detect/lang/${code}.ts`, import.meta.url).href;
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

if (sink < 0) console.log(sink);
