import { describe, expect, test } from 'vitest';
import { detectVaguePhrases, languageFromTag, type VagueKind } from '../../core/detect/index.ts';
import { compileLanguage } from '../../core/detect/engine.ts';
import type { LanguageRules } from '../../core/detect/types.ts';
import { evaluateEntry, loadCorpus, score, TARGETS } from './corpus.ts';

/** The replaced text of every match, in order. */
function spans(text: string, lang?: string): string[] {
  return detectVaguePhrases(text, lang ? { lang } : undefined).map((match) => text.slice(match.start, match.end));
}

function kinds(text: string, lang?: string): VagueKind[] {
  return detectVaguePhrases(text, lang ? { lang } : undefined).map((match) => match.kind);
}

describe('social wishes (English)', () => {
  test.each([
    ["hey! we should hang out sometime :) how's the job?", 'we should hang out sometime :)'],
    ['I miss you', 'I miss you'],
    ['miss u so much 😭', 'miss u so much 😭'],
    ['missing you already', 'missing you already'],
    ["let's grab coffee sometime", "let's grab coffee sometime"],
    ['we gotta get together soon', 'we gotta get together soon'],
    ["let me know when you're free", "let me know when you're free"],
    ['we should do this again sometime!', 'we should do this again sometime!'],
    ['Wanna grab lunch sometime next week?', 'Wanna grab lunch sometime next week?'],
    ['coffee sometime?', 'coffee sometime?'],
    ['You should come visit sometime!', 'You should come visit sometime!'],
    ["why don't we grab a beer sometime?", "why don't we grab a beer sometime?"],
    ["we're overdue for a catch up", "we're overdue for a catch up"],
    ['Honestly we should get together more often', 'Honestly we should get together more often'],
    ["Whenever you're free, let's grab a drink.", "Whenever you're free, let's grab a drink."],
    ['hmu when you’re back in town', 'hmu when you’re back in town'],
    ['we shud hang out sumtime', 'we shud hang out sumtime'],
    ['WE NEED TO HANG OUT', 'WE NEED TO HANG OUT'],
    ['I really miss hanging out with you', 'I really miss hanging out with you'],
    ['can we facetime soon? miss your face', 'can we facetime soon? miss your face'],
    // Ways of putting it that the first rules missed, found by writers who had not seen them.
    ['yo that night was wild 😂 we gotta run it back soon', 'we gotta run it back soon'],
    ['Pop round for a cuppa whenever you fancy', 'Pop round for a cuppa whenever you fancy'],
    ["congrats!! let me know when works to come see the place", 'let me know when works to come see the place'],
    ["dinner's on me next time", "dinner's on me next time"],
    ["I'll treat you to lunch one of these days", "I'll treat you to lunch one of these days"],
    ['are you free sometime next week?', 'are you free sometime next week?'],
    ['I miss you so much. Phone call soon? 📞', 'I miss you so much. Phone call soon? 📞'],
    ["let's get brunch one weekend", "let's get brunch one weekend"],
    ['you still owe me a beer', 'you still owe me a beer'],
    ['Would love to take you out for a drink whenever works for you 🥂', 'Would love to take you out for a drink whenever works for you 🥂'],
    ['we should do a games night at mine sometime!! bring ur switch', 'we should do a games night at mine sometime!!'],
    ['We should have you and Jim over for a drink sometime.', 'We should have you and Jim over for a drink sometime.'],
    ["Congrats!! Whenever you're up for visitors we'd love to come meet the little guy 💙", "we'd love to come meet the little guy 💙"],
    ['ok but when are we doing a girls night??', 'when are we doing a girls night??'],
    ["we're overdue for a proper catch up tbh", "we're overdue for a proper catch up tbh"],
    ['dinner at ours sometime? Tom makes a mean lasagna', 'dinner at ours sometime?'],
  ])('%j → %j', (text, span) => {
    expect(spans(text)).toEqual([span]);
    expect(kinds(text)).toEqual(['social']);
  });
});

describe('business wishes (English)', () => {
  test.each([
    ['would love to pick your brain', 'would love to pick your brain'],
    ['Happy to chat whenever works for you!', 'Happy to chat whenever works for you!'],
    ['I came across your profile and would love to connect.', 'would love to connect.'],
    ["Hey! I'm a junior dev looking for career advice — would you be up for a 15 min chat sometime?", 'would you be up for a 15 min chat sometime?'],
    ['Would love to pick your brain on fundraising when you have 20 minutes.', 'Would love to pick your brain on fundraising when you have 20 minutes.'],
    ['Open to connecting? I work on similar problems in fintech.', 'Open to connecting?'],
    ["Let's jump on a call soon to brainstorm the integration.", "Let's jump on a call soon to brainstorm the integration."],
    ["I'm new to UX research. If you ever have 15 minutes, I'd be grateful for a quick call.", "If you ever have 15 minutes, I'd be grateful for a quick call."],
    ["Let's stay in touch and maybe grab a coffee to brainstorm ideas.", "Let's stay in touch and maybe grab a coffee to brainstorm ideas."],
    ["I'm exploring product roles and would really appreciate 20 minutes of your time whenever works for you.", 'would really appreciate 20 minutes of your time whenever works for you.'],
    // Closing hashtags tag the post; they are not part of the wish.
    ['@dana_builds would be keen to hop on a call sometime and swap notes #devrel #oss', 'would be keen to hop on a call sometime and swap notes'],
  ])('%j → %j', (text, span) => {
    expect(spans(text)).toEqual([span]);
    expect(kinds(text)).toEqual(['business']);
  });
});

describe('not flagged: a concrete time is already named', () => {
  test.each([
    "let's get brunch this weekend",
    "let's meet Saturday at 3",
    'we should hang out tomorrow',
    'dinner tonight?',
    'wanna hang out rn?',
    "let's meet the 14th",
    'we should grab lunch next week Tuesday',
    'we should get dinner this weekend',
    'coffee at 3pm?',
    'can we facetime at 8?',
    "let's catch up! does Monday work?",
    'free tomorrow night? let’s get lunch',
    'we should grab coffee at 10:30',
    'dinner on 3/14?',
  ])('%j', (text) => {
    expect(detectVaguePhrases(text)).toEqual([]);
  });
});

describe('not flagged: negation and refusal', () => {
  test.each([
    "ugh i'd love to hang out but I genuinely can't this month, work is insane",
    "don't think we should hang out anymore",
    "I don't miss you at all",
    "we shouldn't see each other anymore",
    "let's not get dinner with them again",
    "I'd rather not meet up, sorry",
    'no need to call, just text',
    "Nah I don't wanna hang out",
  ])('%j', (text) => {
    expect(detectVaguePhrases(text)).toEqual([]);
  });
});

describe('not flagged: past and counterfactual', () => {
  test.each([
    'we should have hung out more when you lived here',
    'we used to hang out every weekend',
    "we should've gotten food after",
    'I missed you at the party',
    'we were supposed to grab coffee but she cancelled',
    'it was great catching up yesterday!',
    'thanks for the coffee today, that was fun',
  ])('%j', (text) => {
    expect(detectVaguePhrases(text)).toEqual([]);
  });
});

describe('not flagged: reported speech and third parties', () => {
  test.each([
    'she says we should grab lunch',
    'my mom misses you',
    'The kids miss you',
    'He thinks we should meet up',
    'they should hang out more',
    "She'd love to pick your brain, I'll intro you two.",
    'Sarah from marketing would love to pick your brain about the rebrand',
    'Omar at Acme would love to grab coffee with you sometime',
    "Our CEO would love to connect with you about the role — he'll reach out directly.",
    'Jake wants to hang out sometime',
    '"we should hang out sometime" is such a fake thing to say',
  ])('%j', (text) => {
    expect(detectVaguePhrases(text)).toEqual([]);
  });
});

describe('not flagged: the same words in another sense', () => {
  test.each([
    'swing by the pharmacy sometime this week if you can',
    'stop by the office whenever to pick up your badge',
    'coffee is on me today',
    'I missed my flight',
    'I missed the bus again ugh',
    'I need to catch up on sleep',
    'we need to catch up on the backlog before the sprint',
    'can you connect the printer to wifi?',
    'hanging out the laundry before it rains',
    "let's call it a day",
    'we should meet the deadline if we push',
    'hang in there!',
    'would love to see you guys win the championship',
    // "We should visit the museum sometime" used to be here; the corpus guide counts any shared activity
    // (bowling, a ramen place, a museum) as a wish, so tests/detect/span.test.ts expects it found.
  ])('%j', (text) => {
    expect(detectVaguePhrases(text)).toEqual([]);
  });
});

describe('not flagged: ordinary chat and confirmations', () => {
  test.each(['sounds good, see you then', 'see you soon!', 'talk soon', 'how was your trip?', 'lol that’s hilarious', 'ok see you Friday at 6 then', '', '   ', '🙂'])(
    '%j',
    (text) => {
      expect(detectVaguePhrases(text)).toEqual([]);
    },
  );
});

describe('spans', () => {
  test.each([
    // Neighbouring wishes merge into one span.
    ['miss you! we should get dinner soon', ['miss you! we should get dinner soon']],
    // Separate wishes with chat between them stay separate.
    ["miss you! how's the new job going? anyway we should get dinner soon", ['miss you!', 'we should get dinner soon']],
    // Trailing emoji and emoticons belong to the span; a greeting before does not.
    ['heyyy 👋 wanna get drinks soon? 🍻🍻', ['wanna get drinks soon? 🍻🍻']],
    ['Would love to see you soon ❤️', ['Would love to see you soon ❤️']],
    // A line break ends the span.
    ["we should catch up ☺️\nhow's the baby?", ['we should catch up ☺️']],
    // The wish in the middle of a long message.
    [
      'ok so the move went fine, boxes everywhere. anyway we should get dinner soon now that I’m back! also did you ever finish that book?',
      ['we should get dinner soon now that I’m back!'],
    ],
    // A comma followed by a new clause ends the span, without the comma.
    ["We should catch up soon, how's Berlin treating you?", ['We should catch up soon']],
    // Laughter that closes the sentence stays with it.
    ['we should hang out sometime lol', ['we should hang out sometime lol']],
    // A dangling "and" is not kept.
    ["just wanted to say I miss you and hope you're doing ok", ['I miss you']],
    // Spanish opening marks belong to the span they open.
    ['oye, ¿quedamos un día de estos?', ['¿quedamos un día de estos?']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('spans never include surrounding whitespace and are sorted', () => {
    const text = '  miss you!!   \n\n  we should grab coffee sometime   \n how are you ';
    const matches = detectVaguePhrases(text);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) {
      const slice = text.slice(match.start, match.end);
      expect(slice).toBe(slice.trim());
    }
  });

  test('phrase is the triggering words and lies inside the span', () => {
    const text = "hey! we should hang out sometime :) how's the job?";
    const [match] = detectVaguePhrases(text);
    expect(match?.phrase).toBe('we should hang out');
    expect(text.slice(match?.start, match?.end)).toContain(match?.phrase);
  });
});

describe('other languages', () => {
  test.each([
    ['es', '¡hola! deberíamos quedar algún día :) ¿qué tal el trabajo?', 'deberíamos quedar algún día :)', 'social'],
    ['es', 'te echo de menos', 'te echo de menos', 'social'],
    ['es', 'Me encantaría tomar un café contigo para hablar de tu carrera.', 'Me encantaría tomar un café contigo para hablar de tu carrera.', 'business'],
    ['fr', 'coucou ! on devrait se voir un de ces jours :) ça va le boulot ?', 'on devrait se voir un de ces jours :)', 'social'],
    ['fr', 'tu me manques', 'tu me manques', 'social'],
    ['fr', "il faut qu'on se voie bientôt !", "il faut qu'on se voie bientôt !", 'social'],
    ['de', 'hey! wir sollten mal was trinken gehen :) wie läuft der job?', 'wir sollten mal was trinken gehen :)', 'social'],
    ['de', 'ich vermisse dich', 'ich vermisse dich', 'social'],
    ['de', 'Hätten Sie irgendwann Zeit für ein kurzes Gespräch?', 'Hätten Sie irgendwann Zeit für ein kurzes Gespräch?', 'business'],
    ['pt', 'oi! a gente devia se ver qualquer dia :) como tá o trampo?', 'a gente devia se ver qualquer dia :)', 'social'],
    ['pt', 'tô com saudade de vc 😭', 'tô com saudade de vc 😭', 'social'],
    ['pt', 'Adoraria tomar um café com você para falar sobre carreira.', 'Adoraria tomar um café com você para falar sobre carreira.', 'business'],
  ])('%s: %j', (lang, text, span, kind) => {
    for (const options of [{ lang }, undefined]) {
      const matches = detectVaguePhrases(text, options);
      expect(matches.map((m) => text.slice(m.start, m.end))).toEqual([span]);
      expect(matches.map((m) => m.kind)).toEqual([kind]);
    }
  });

  test.each([
    ['es', 'quedamos el sábado a las 5'],
    ['es', 'qué extraño lo que pasó ayer'],
    ['es', 'mi madre dice que te extraña'],
    ['fr', 'il me manque un stylo'],
    ['fr', 'on aurait dû se voir plus souvent'],
    ['fr', 'on se voit samedi à 15h'],
    ['de', 'ich vermisse meinen Schlüssel'],
    ['de', 'wir treffen uns Samstag um 15 Uhr'],
    ['de', 'ich vermisse dich überhaupt nicht'],
    ['pt', 'saudade do verão'],
    ['pt', 'vamos nos ver sábado às 15h'],
    ['pt', 'não quero te ver mais'],
  ])('%s: %j is not flagged', (lang, text) => {
    expect(detectVaguePhrases(text, { lang })).toEqual([]);
    expect(detectVaguePhrases(text)).toEqual([]);
  });
});

describe('rules', () => {
  test.each(['en', 'es', 'fr', 'de', 'pt'])('%s rules compile', async (code) => {
    const module = (await import(`../../core/detect/lang/${code}.ts`)) as Record<string, LanguageRules>;
    const rules = module[code];
    expect(rules).toBeDefined();
    expect(() => compileLanguage(rules as LanguageRules)).not.toThrow();
  });
});

describe('the lang option', () => {
  test.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['pt-BR', 'pt'],
    ['PT_br', 'pt'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['ja', undefined],
    ['', undefined],
    ['nonsense-tag-', undefined],
  ])('%j → %s', (tag, code) => {
    expect(languageFromTag(tag)).toBe(code);
  });

  test('a region tag behaves like its language', () => {
    const text = 'a gente devia se ver qualquer dia';
    expect(detectVaguePhrases(text, { lang: 'pt-BR' })).toEqual(detectVaguePhrases(text, { lang: 'pt' }));
    expect(detectVaguePhrases(text, { lang: 'pt-BR' })).toHaveLength(1);
  });

  test('an unsupported tag falls back to guessing', () => {
    expect(detectVaguePhrases('tu me manques', { lang: 'ja' })).toHaveLength(1);
    expect(detectVaguePhrases('we should hang out sometime', { lang: 'zz-ZZ' })).toHaveLength(1);
  });

  test('a wrong language tag still finds English wishes (English rules always run)', () => {
    expect(detectVaguePhrases('we should hang out sometime', { lang: 'de' })).toHaveLength(1);
  });

  test('the language decides the rules: French grammar is not read as German', () => {
    expect(detectVaguePhrases('tu me manques', { lang: 'de' })).toEqual([]);
  });
});

describe('corpus regression (tune split)', () => {
  const corpus = loadCorpus().filter((entry) => entry.split === 'tune');
  const languages = [...new Set(corpus.map((entry) => entry.lang))];
  test.each(languages)('%s meets its precision and recall targets', (lang) => {
    const outcomes = corpus.filter((entry) => entry.lang === lang).map((entry) => evaluateEntry(entry, true));
    const result = score(outcomes);
    const target = TARGETS[lang] ?? { precision: 0.93, recall: 0.85 };
    expect(result.precision).toBeGreaterThanOrEqual(target.precision);
    expect(result.recall).toBeGreaterThanOrEqual(target.recall);
  });

  test('the corpus is large enough and well formed', () => {
    const all = loadCorpus();
    const count = (lang: string) => all.filter((entry) => entry.lang === lang).length;
    // Issue 12: at least 10,000 labelled messages, 4,000 of them English (unread fresh rounds not counted).
    expect(all.length).toBeGreaterThanOrEqual(10_000);
    expect(count('en')).toBeGreaterThanOrEqual(4_000);
    for (const lang of ['es', 'fr', 'de', 'pt']) expect(count(lang)).toBeGreaterThanOrEqual(500);
    for (const entry of all) {
      if (entry.label !== 'none') expect(entry.text).toContain(entry.span);
      expect(['tune', 'holdout', 'fresh', 'train']).toContain(entry.split);
      expect(['direct', 'comment', 'post']).toContain(entry.surface);
      expect(typeof entry.addressed).toBe('boolean');
    }
    const positives = all.filter((entry) => entry.label !== 'none').length;
    expect(all.length - positives).toBeGreaterThanOrEqual(positives);
  });
});
