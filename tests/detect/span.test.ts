/**
 * Clause-level spans (issue 12 part 1): a wish the model finds mid-sentence replaces its clause, not
 * the whole line; where a rule matches, the rule's exact span still wins.
 */
import { describe, expect, test } from 'vitest';
import { analyzeMessage, detectVaguePhrases, fuseAndMerge } from '../../core/detect/index.ts';
import { decodeModel, scoreUnits } from '../../core/detect/model/classifier.ts';
import { clauseStartOf, fuse, type FusionParams, type ScoredUnit } from '../../core/detect/model/fusion.ts';
import { MODEL_ASSETS } from '../../core/detect/models/index.ts';

const spans = (text: string, lang: string) => detectVaguePhrases(text, { lang, surface: 'direct', addressed: true }).map((m) => [m.kind, text.slice(m.start, m.end)]);

function unit(over: Partial<ScoredUnit>): ScoredUnit {
  return { start: 0, end: 40, spanStart: 0, wish: 0.9, business: 0.1, timeInMessage: false, guarded: false, wordCount: 8, ...over };
}

describe('choosing the clause (clauseStartOf)', () => {
  const clauses = [
    { start: 0, wish: 0.05, guarded: false },
    { start: 12, wish: 0.3, guarded: false },
    { start: 25, wish: 0.9, guarded: false },
  ];
  test('the first clause the model scores at the threshold or above', () => {
    expect(clauseStartOf(unit({ clauses }), 0.2)).toBe(12);
    expect(clauseStartOf(unit({ clauses }), 0.5)).toBe(25);
    expect(clauseStartOf(unit({ clauses }), 0.01)).toBe(0);
  });
  test('none at the threshold: the clause it scores highest', () => {
    expect(clauseStartOf(unit({ clauses }), 0.95)).toBe(25);
  });
  test('a sentence of one clause keeps its own start', () => {
    expect(clauseStartOf(unit({ spanStart: 4 }), 0.2)).toBe(4);
  });
});

describe('fusion with clauses', () => {
  const params: FusionParams = { mode: 'or', threshold: 0.5, ruleFloor: 0, guards: true, clauseStart: 0.2 };
  test('a model-only span starts at the chosen clause and ends with the sentence', () => {
    const fused = fuse([], [unit({ clauses: [{ start: 0, wish: 0.05, guarded: true }, { start: 20, wish: 0.8, guarded: false }] })], { ...params, clauseGuards: true });
    expect(fused.map((m) => [m.start, m.end])).toEqual([[20, 40]]);
  });
  test('without clauseGuards, a guard anywhere in the sentence still vetoes it', () => {
    const guardedSentence = unit({ guarded: true, clauses: [{ start: 0, wish: 0.05, guarded: true }, { start: 20, wish: 0.8, guarded: false }] });
    expect(fuse([], [guardedSentence], params)).toEqual([]);
    expect(fuse([], [guardedSentence], { ...params, clauseGuards: true })).toHaveLength(1);
  });
  test('a guard in the chosen clause vetoes it either way', () => {
    const guardedClause = unit({ guarded: true, clauses: [{ start: 0, wish: 0.05, guarded: true }, { start: 20, wish: 0.8, guarded: true }] });
    expect(fuse([], [guardedClause], { ...params, clauseGuards: true })).toEqual([]);
  });
  test('a rule match keeps its exact span', () => {
    const rule = { start: 8, end: 30, kind: 'social' as const, phraseStart: 8, phraseEnd: 30 };
    const fused = fuse([rule], [unit({ clauses: [{ start: 0, wish: 0.9, guarded: false }, { start: 20, wish: 0.9, guarded: false }] })], params);
    expect(fused.map((m) => [m.start, m.end])).toEqual([[8, 30]]);
  });
});

/**
 * The shipped models on messages the rules miss: the span is the wish's clause, where the whole
 * sentence would have started earlier. (Each case checks the rules find nothing, so the model made it.)
 */
describe.each([
  ['en', 'my week was a mess, but we should go bowling sometime', 'we should go bowling sometime'],
  ['en', 'work has been nuts, anyway we need to try that ramen place together', 'we need to try that ramen place together'],
  ['en', 'Sam finally got the job, so we should go axe throwing to celebrate sometime', 'we should go axe throwing to celebrate sometime'],
  ['es', 'uff qué semana, pero tenemos que ir a la bolera juntos', 'tenemos que ir a la bolera juntos'],
  ['es', 'el curro me tiene frito, pero tenemos que ir a patinar juntos algún día', 'tenemos que ir a patinar juntos algún día'],
  ['fr', "grosse semaine au boulot, mais faut absolument qu'on teste l'escape game ensemble", "faut absolument qu'on teste l'escape game ensemble"],
  ['de', 'Die Woche war lang, aber wir müssen unbedingt mal zusammen Minigolf spielen', 'wir müssen unbedingt mal zusammen Minigolf spielen'],
  ['pt', 'semana puxada no trampo, mas a gente precisa ir naquele rodízio de pizza juntos', 'a gente precisa ir naquele rodízio de pizza juntos'],
  ['pt', 'minha irmã vai casar, mas bora num boliche qualquer dia desses', 'bora num boliche qualquer dia desses'],
])('%s: %j', (lang, text, expected) => {
  test('the rules alone find nothing', () => {
    expect(analyzeMessage(text, { lang })?.rules).toEqual([]);
  });
  test('the fused span is the wish clause', () => {
    expect(spans(text, lang)).toEqual([['social', expected]]);
  });
  test('sentence spans would have taken more', () => {
    const analysis = analyzeMessage(text, { lang, surface: 'direct', addressed: true });
    if (!analysis) throw new Error('no analysis');
    const model = decodeModel(MODEL_ASSETS[lang], lang);
    const { clauseStart: _clause, clauseGuards: _guards, ...sentence } = model.fusion;
    const whole = fuseAndMerge(analysis.text, analysis.rules, scoreUnits(model, analysis.units), { ...sentence, guards: false }, analysis.ownRules);
    expect(whole).toHaveLength(1);
    expect(text.slice(whole[0]?.start, whole[0]?.end).length).toBeGreaterThan(expected.length);
  });
});

describe('a confident model overrules a soft guard, never a firm one (guardOverride)', () => {
  const params: FusionParams = { mode: 'or', threshold: 0.5, ruleFloor: 0, guards: true, guardOverride: 0.8 };
  test('a negation or past guard vetoes a sentence scored below the override only', () => {
    expect(fuse([], [unit({ guarded: true, wish: 0.7 })], params)).toEqual([]);
    expect(fuse([], [unit({ guarded: true, wish: 0.85 })], params)).toHaveLength(1);
    expect(fuse([], [unit({ guarded: true, wish: 0.85 })], { ...params, guardOverride: undefined })).toEqual([]);
  });
  test('a third party, reported speech or quotes veto at any score', () => {
    expect(fuse([], [unit({ guarded: true, firmGuard: true, wish: 0.99 })], params)).toEqual([]);
  });
  test('the shipped English model: a negation inside the wish no longer hides it; a third party still does', () => {
    const tacos = 'Not to be dramatic but i will perish if we dont get tacos soon';
    expect(analyzeMessage(tacos, { lang: 'en' })?.rules).toEqual([]);
    expect(spans(tacos, 'en')).toHaveLength(1);
    expect(spans('Omar at Acme would love to grab coffee with you sometime', 'en')).toEqual([]);
  });
});

describe('rule spans win over clauses', () => {
  test.each([
    ['en', 'ok so my week was insane, but we should grab ramen sometime', 'we should grab ramen sometime'],
    ['es', 'uff la semana fue horrible, pero tenemos que ir a por unas cañas un día de estos', 'tenemos que ir a por unas cañas un día de estos'],
    ['fr', 'la semaine a été dure, mais on devrait se faire un resto bientôt', 'on devrait se faire un resto bientôt'],
    ['de', 'die Woche war echt stressig, aber wir sollten mal wieder was trinken gehen', 'wir sollten mal wieder was trinken gehen'],
    ['pt', 'a semana foi uma loucura, mas a gente devia tomar um café qualquer dia', 'a gente devia tomar um café qualquer dia'],
  ])('%s: %j', (lang, text, expected) => {
    const rules = analyzeMessage(text, { lang })?.rules.map((m) => text.slice(m.start, m.end));
    expect(rules).toEqual([expected]);
    expect(spans(text, lang)).toEqual([['social', expected]]);
  });
});

describe('what a model-only span leaves out at its start', () => {
  test.each([
    ['lol ok. anyway we should go bowling sometime, and bring Sam', 'we should go bowling sometime, and bring Sam'],
    ['so my cousin got married lol, anyway pottery class together one of these weekends?', 'pottery class together one of these weekends?'],
  ])('laughter, fillers and connectors before the wish: %j', (text, expected) => {
    expect(analyzeMessage(text, { lang: 'en' })?.rules).toEqual([]);
    expect(spans(text, 'en')).toEqual([['social', expected]]);
  });
  test('an @handle, even one with a dot in it', () => {
    const text = '@noor.h pls we have to go to that night market together 😭😭';
    expect(spans(text, 'en')).toEqual([['social', 'we have to go to that night market together 😭😭']]);
  });
  test('a shared outing to a place is a wish (the corpus guide: any activity counts)', () => {
    expect(spans('We should visit the museum sometime', 'en')).toEqual([['social', 'We should visit the museum sometime']]);
  });
});
