/**
 * `npm run eval:detector`: scores detectVaguePhrases on the labeled corpus.
 * Prints precision / recall / F1 per language and kind, for the tune split,
 * the holdout split, the fresh split and overall, the span exact-match rate,
 * then every miss and false alarm outside the fresh split (its errors stay
 * unread, so no rule is written against them; --show-fresh lists them too).
 * Pass --auto to score without the `lang` option (the engine guesses the
 * language), --quiet to skip the error listing.
 */
import { evaluateEntry, loadCorpus, score, TARGETS, type Outcome, type Scores } from './corpus.ts';

const args = new Set(process.argv.slice(2));
const withLang = !args.has('--auto');
const corpus = loadCorpus();
const outcomes = corpus.map((entry) => evaluateEntry(entry, withLang));
const languages = [...new Set(corpus.map((entry) => entry.lang))];

const pct = (value: number) => (value * 100).toFixed(1).padStart(5);
function row(label: string, s: Scores): string {
  return `${label.padEnd(28)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  span ${pct(s.spanRate)}  (tp ${s.tp}, fn ${s.fn}, fp ${s.fp}; ${s.positives} pos / ${s.negatives} neg)`;
}

console.log(`Someday detector evaluation — ${corpus.length} messages, ${withLang ? 'lang given' : 'language guessed'}\n`);
for (const split of ['tune', 'holdout', 'fresh', 'all'] as const) {
  console.log(`== ${split} ==`);
  const inSplit = outcomes.filter((o) => split === 'all' || o.entry.split === split);
  for (const lang of languages) {
    const mine = inSplit.filter((o) => o.entry.lang === lang);
    if (mine.length === 0) {
      console.log(`     ${lang}: no messages in this split`);
      continue;
    }
    const total = score(mine);
    const target = TARGETS[lang];
    const met = target ? (total.precision >= target.precision && total.recall >= target.recall ? 'ok  ' : 'MISS') : '    ';
    console.log(`${met} ${row(lang, total)}`);
    console.log(`     ${row(`  ${lang} social`, score(mine, 'social'))}`);
    console.log(`     ${row(`  ${lang} business`, score(mine, 'business'))}`);
  }
  console.log(inSplit.length > 0 ? `     ${row('all languages', score(inSplit))}\n` : '');
}

function show(o: Outcome): string {
  const got = o.matches.map((m) => `${m.kind}:"${o.entry.text.slice(m.start, m.end)}"`).join(' ') || '[]';
  const expected = o.entry.label === 'none' ? 'none' : `${o.entry.label}:"${o.entry.span}"`;
  return `  [${o.entry.lang}:${o.entry.line} ${o.entry.split}] ${JSON.stringify(o.entry.text)}\n      expected ${expected}\n      got      ${got}`;
}

if (!args.has('--quiet')) {
  const listed = outcomes.filter((o) => o.entry.split !== 'fresh' || args.has('--show-fresh'));
  const misses = listed.filter((o) => o.entry.label !== 'none' && !o.hit);
  const alarms = listed.filter((o) => o.falseAlarm);
  const spans = listed.filter((o) => o.hit && !o.spanExact);
  console.log(`== misses (${misses.length}) ==`);
  for (const o of misses) console.log(show(o));
  console.log(`\n== false alarms (${alarms.length}) ==`);
  for (const o of alarms) console.log(show(o));
  console.log(`\n== span mismatches (${spans.length}) ==`);
  for (const o of spans) console.log(show(o));
}
