/**
 * `npm run eval:detector`: P/R/F1 per language × split for the rules alone,
 * the model alone and the fused detector that ships, plus kind accuracy and
 * span agreement (exact, and mean character overlap).
 *
 * The model never scores a message it learned from: tune, holdout and train
 * rounds are scored by 5-fold cross-validated models (the same seeded folds
 * as `npm run train:detector`); "fresh (earlier)" (the old fresh split, read
 * in earlier work, never trained on) is scored by the shipped model.
 * rounds/fresh-*.jsonl are left out unless `--fresh` is given (the lead runs
 * that once); their errors are never printed.
 *
 * --errors N lists N fused errors outside the fresh splits (default 0).
 * --lang xx scores one language.
 */
import { decodeModel, type Model } from '../../core/detect/model/classifier.ts';
import type { FusionParams } from '../../core/detect/model/fusion.ts';
import { MODEL_ASSETS } from '../../core/detect/models/index.ts';
import { loadCorpus, score, type Outcome, type Scores, type Split } from './corpus.ts';
import { crossValidatedModels, isTrainable, outcomesFor, prepare, SEED, type Prepared } from './learn.ts';

const argv = process.argv.slice(2);
const withFreshNew = argv.includes('--fresh');
const errorCount = argv.includes('--errors') ? Number(argv[argv.indexOf('--errors') + 1] ?? 0) : 0;
const onlyLang = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined;
const corpus = loadCorpus({ freshNew: withFreshNew }).filter((entry) => !onlyLang || entry.lang === onlyLang);
const languages = [...new Set(corpus.map((entry) => entry.lang))];
const SPLITS: Array<{ split: Split; name: string }> = [
  { split: 'tune', name: 'tune (rules written on it)' },
  { split: 'holdout', name: 'holdout' },
  { split: 'train', name: 'train rounds' },
  { split: 'fresh', name: 'fresh (earlier)' },
  ...(withFreshNew ? [{ split: 'fresh-new' as Split, name: 'fresh (new rounds)' }] : []),
];

const pct = (value: number) => (value * 100).toFixed(1).padStart(5);
function line(label: string, outcomes: readonly Outcome[]): string {
  const s: Scores = score(outcomes);
  const positives = outcomes.filter((o) => o.entry.label !== 'none');
  const matched = positives.filter((o) => o.matches.length > 0);
  const kindRight = matched.filter((o) => o.hit).length;
  const overlaps = positives.filter((o) => o.hit).map((o) => bestOverlap(o));
  const overlap = overlaps.length === 0 ? 0 : overlaps.reduce((a, b) => a + b, 0) / overlaps.length;
  return (
    `${label.padEnd(9)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  kind ${pct(matched.length === 0 ? 1 : kindRight / matched.length)}` +
    `  span exact ${pct(s.spanRate)} overlap ${pct(overlap)}  (tp ${s.tp}, fn ${s.fn}, fp ${s.fp}; ${s.positives}+/${s.negatives}-)`
  );
}

/** Character overlap (intersection over union) of the labelled span and the closest right-kind match. */
function bestOverlap(o: Outcome): number {
  const { text, span, label } = o.entry;
  const start = span ? text.indexOf(span) : -1;
  if (start < 0 || !span) return 0;
  const end = start + span.length;
  let best = 0;
  for (const m of o.matches) {
    if (m.kind !== label) continue;
    const inter = Math.max(0, Math.min(end, m.end) - Math.max(start, m.start));
    const union = Math.max(end, m.end) - Math.min(start, m.start);
    best = Math.max(best, union === 0 ? 0 : inter / union);
  }
  return best;
}

const RULES: FusionParams = { mode: 'rules', threshold: 1, ruleFloor: 0 };
const began = performance.now();
console.log(`Someday detector evaluation: ${corpus.length} messages${withFreshNew ? ' (new fresh rounds included)' : ''}; lang given; surface and addressed as labelled\n`);
const all: Record<string, Outcome[]> = { rules: [], model: [], fused: [] };
const errors: Outcome[] = [];
for (const lang of languages) {
  let shipped: Model | undefined;
  try {
    shipped = decodeModel(MODEL_ASSETS[lang], lang);
  } catch (error) {
    console.log(`${lang}: no usable model (${(error as Error).message}); model and fused rows equal the rules`);
  }
  const fused: FusionParams = shipped?.fusion ?? RULES;
  // The model alone at even odds: the fused threshold is chosen for the OR with the rules, not for the model by itself.
  const alone: FusionParams = { mode: 'model', threshold: 0.5, ruleFloor: 0 };
  const prepared = corpus.filter((entry) => entry.lang === lang).map(prepare).filter((item): item is Prepared => item !== undefined);
  const trainable = prepared.filter((item) => isTrainable(item.entry));
  const cv = crossValidatedModels(trainable, lang, SEED);
  const modelOf = new Map<Prepared, Model | undefined>();
  trainable.forEach((item, i) => modelOf.set(item, cv[i]));
  const models = prepared.map((item) => (modelOf.has(item) ? modelOf.get(item) : shipped));
  console.log(`== ${lang} == fusion ${JSON.stringify(fused)}`);
  for (const { split, name } of SPLITS) {
    const pick = prepared.map((item, i) => ({ item, model: models[i] })).filter(({ item }) => item.entry.split === split);
    if (pick.length === 0) continue;
    const items = pick.map(({ item }) => item);
    const ms = pick.map(({ model }) => model);
    const rows = { rules: outcomesFor(items, ms, RULES), model: outcomesFor(items, ms, alone), fused: outcomesFor(items, ms, fused) };
    console.log(`  ${name} (${items.length})`);
    for (const [key, outcomes] of Object.entries(rows)) {
      console.log(`    ${line(key, outcomes)}`);
      if (split !== 'fresh-new') all[key]?.push(...outcomes);
    }
    if (split !== 'fresh' && split !== 'fresh-new') errors.push(...rows.fused.filter((o) => (o.entry.label === 'none' ? o.falseAlarm : !o.hit || !o.spanExact)));
  }
}
console.log(`\n== all languages, all splits but the new fresh rounds ==`);
for (const [key, outcomes] of Object.entries(all)) console.log(`    ${line(key, outcomes)}`);
console.log(`\n(${((performance.now() - began) / 1000).toFixed(1)} s)`);

if (errorCount > 0) {
  console.log(`\n== ${errorCount} of ${errors.length} fused errors (tune, holdout, train rounds; cross-validated) ==`);
  for (const o of errors.slice(0, errorCount)) {
    const got = o.matches.map((m) => `${m.kind}:"${o.entry.text.slice(m.start, m.end)}"`).join(' ') || '[]';
    const expected = o.entry.label === 'none' ? 'none' : `${o.entry.label}:"${o.entry.span ?? ''}"`;
    console.log(`  [${o.entry.file}:${o.entry.line} ${o.entry.split}] ${JSON.stringify(o.entry.text)}\n      expected ${expected}\n      got      ${got}`);
  }
}
