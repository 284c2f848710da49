/**
 * `npm run train:detector`: trains the detector's classifier per language
 * from tests/detect/corpus (every split but the fresh ones), chooses how it
 * is fused with the rules by 5-fold cross-validation, and writes the
 * quantized weights to core/detect/models/<lang>.ts. Seeded: the same corpus
 * always gives the same bytes. `--lang en` trains one language.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../tests/detect/corpus.ts';
import type { Model } from '../core/detect/model/classifier.ts';
import { chooseFusion, crossValidatedModels, FOLDS, isTrainable, prepare, SEED, toAsset, trainModel, type Prepared } from '../tests/detect/learn.ts';


/**
 * Fewer "train" messages than this and the fusion is chosen on the holdout
 * split instead (also never tuned on by the rules); the tune split would favour them.
 */
const MIN_FUSION_MESSAGES = 150;

const modelsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'core', 'detect', 'models');
const args = process.argv.slice(2);
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const LANGS = ['en', 'es', 'fr', 'de', 'pt'].filter((lang) => !only || lang === only);

const began = performance.now();
const corpus = loadCorpus().filter(isTrainable);

interface LanguageRun {
  lang: string;
  prepared: Prepared[];
  /** The selection messages (train rounds, else holdout) with their out-of-fold models. */
  selection: Array<{ item: Prepared; model: Model | undefined }>;
  useRounds: boolean;
  trainRounds: number;
}

// Pass 1: out-of-fold predictions for every language.
const runs: LanguageRun[] = LANGS.map((lang) => {
  const prepared = corpus
    .filter((entry) => entry.lang === lang)
    .map(prepare)
    .filter((item): item is Prepared => item !== undefined);
  const cv = crossValidatedModels(prepared, lang, SEED);
  const withModels = prepared.map((item, i) => ({ item, model: cv[i] }));
  const rounds = withModels.filter(({ item }) => item.entry.split === 'train');
  const useRounds = rounds.length >= MIN_FUSION_MESSAGES;
  return { lang, prepared, selection: useRounds ? rounds : withModels.filter(({ item }) => item.entry.split === 'holdout'), useRounds, trainRounds: rounds.length };
});

// A language with too few messages of its own to choose on shares one choice made on all of them pooled.
const pooled = runs.flatMap((run) => run.selection);
const shared = chooseFusion(
  pooled.map(({ item }) => item),
  pooled.map(({ model }) => model),
);
console.log(`pooled choice on ${pooled.length} messages: ${JSON.stringify(shared.params)} (out-of-fold F1 ${shared.f1.toFixed(3)} vs ${shared.rulesF1.toFixed(3)} rules alone)`);

// Pass 2: the shipped model per language, trained on all its trainable messages.
for (const run of runs) {
  const { lang, prepared, selection } = run;
  const own = run.useRounds
    ? chooseFusion(
        selection.map(({ item }) => item),
        selection.map(({ model }) => model),
      )
    : undefined;
  const params = own?.params ?? shared.params;
  const model = trainModel(prepared, lang, SEED, params);
  const where = own
    ? `the ${selection.length} ${lang} train-round messages: out-of-fold F1 ${own.f1.toFixed(3)} fused vs ${own.rulesF1.toFixed(3)} rules alone`
    : `${pooled.length} train-round or holdout messages of all languages pooled (${lang} has ${run.trainRounds} from train rounds): out-of-fold F1 ${shared.f1.toFixed(3)} fused vs ${shared.rulesF1.toFixed(3)} rules alone`;
  const trainedOn = `${prepared.length} messages (tune, holdout and ${run.trainRounds} from train rounds), seed ${SEED}; fusion chosen by ${FOLDS}-fold cross-validation on ${where}`;
  const asset = toAsset(model, trainedOn);
  const source =
    `/** Written by \`npm run train:detector\`; do not edit. ${trainedOn}. */\n` +
    `import type { ModelAsset } from '../model/classifier.ts';\n\n` +
    `export const ${lang}Model: ModelAsset = ${JSON.stringify(asset, null, 2)};\n`;
  writeFileSync(join(modelsDir, `${lang}.ts`), source);
  console.log(`${lang}: ${trainedOn}; fusion ${JSON.stringify(params)}`);
  if (own?.spanExact !== undefined) console.log(`    exact spans (out-of-fold, ${lang} train rounds): ${own.sentenceSpanExact} with sentence spans, ${own.spanExact} as chosen`);
}
if (!only) {
  const index =
    `/** Written by \`npm run train:detector\`: each language's model in its own module, so a loader can bring them in one at a time. */\n` +
    LANGS.map((lang) => `import { ${lang}Model } from './${lang}.ts';`).join('\n') +
    `\n\nexport const MODEL_ASSETS: Record<string, unknown> = { ${LANGS.map((lang) => `${lang}: ${lang}Model`).join(', ')} };\n`;
  writeFileSync(join(modelsDir, 'index.ts'), index);
}
console.log(`trained in ${((performance.now() - began) / 1000).toFixed(1)} s`);
