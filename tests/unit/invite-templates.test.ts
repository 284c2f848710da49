import { describe, expect, test } from 'vitest';
import { composeInvite } from '../../core/invite-text';
import { planInvite } from '../../core/plan';
import { defaultAvailability } from '../../core/availability-settings';
import {
  ADMIRE_PLACEHOLDER,
  checkTemplate,
  defaultWording,
  DEFAULT_TEMPLATES,
  listActivities,
  renderTemplate,
  TEMPLATE_KINDS,
  withTemplate,
} from '../../core/templates';
import { LANGUAGES } from '../../core/languages';

const now = new Date('2026-11-25T14:00:00Z');
const timeZone = 'America/New_York';
const availability = { ...defaultAvailability(), timeZone };

const cases = LANGUAGES.flatMap((lang) =>
  (['social', 'business'] as const).flatMap((mode) =>
    [false, true].flatMap((nearby) => (mode === 'social' && nearby ? [] : [{ lang, mode, nearby }])),
  ),
);

describe('default templates', () => {
  test.each(cases)('$lang $mode nearby=$nearby renders every placeholder', ({ lang, mode, nearby }) => {
    const plan = planInvite({ mode, availability, timeZone, now, lang, nearby, recipient: 'Sam Rivera' });
    expect(plan.invite).not.toBeNull();
    const invite = plan.invite!;
    expect(invite).not.toMatch(/[{}]/);
    expect(invite).toContain(plan.times);
    if (mode === 'social') {
      expect(invite).toContain(plan.activity.phrase);
      expect(invite).toContain(', Sam');
      expect(invite).not.toContain('Rivera');
      expect(plan.placeholder).toBeNull();
    } else {
      expect(invite).toContain('10');
      expect(plan.placeholder).not.toBeNull();
      expect(invite.slice(plan.placeholder!.start, plan.placeholder!.end)).toBe(ADMIRE_PLACEHOLDER[lang]);
    }
    expect(plan.lang).toBe(lang);
  });

  test.each(LANGUAGES)('%s social reads well without a name', (lang) => {
    const withName = composeInvite({ mode: 'social', times: 'T', lang, recipient: 'Sam' }).text;
    const without = composeInvite({ mode: 'social', times: 'T', lang }).text;
    expect(withName).toContain(', Sam');
    expect(without).toBe(withName.replace(', Sam', ''));
    expect(without).not.toMatch(/ ,|,\s*[?!]|\s{2}/);
  });

  test.each(LANGUAGES)('%s nearby offers coffee in person', (lang) => {
    const nearby = composeInvite({ mode: 'business', times: 'T', lang, nearby: true }).text;
    const far = composeInvite({ mode: 'business', times: 'T', lang }).text;
    expect(nearby).not.toBe(far);
    expect(nearby.toLowerCase()).toMatch(/coffee|café|kaffee/);
  });

  test('every kind has every language', () => {
    for (const kind of TEMPLATE_KINDS) for (const lang of LANGUAGES) expect(checkTemplate(DEFAULT_TEMPLATES[kind][lang])).toEqual({ ok: true });
  });

  test('an unknown language falls back to English', () => {
    expect(planInvite({ mode: 'social', availability, timeZone, now, lang: 'it' }).invite).toMatch(/^Want to get coffee\?/);
  });
});

describe('renderTemplate', () => {
  test.each([
    ['Hi {name}, want to {activity}?', { name: '', activity: 'x' }, 'Hi, want to x?'],
    ['{name}, want to {activity}?', { name: '', activity: 'x' }, 'want to x?'],
    ['{name}, want to {activity}?', { name: 'Ana', activity: 'x' }, 'Ana, want to x?'],
    ['Ça te dit, {name} ?', { name: '' }, 'Ça te dit ?'],
    ['{times} {unknown}', { times: 'Tue' }, 'Tue {unknown}'],
  ])('%s', (template, values, expected) => {
    expect(renderTemplate(template, values).text).toBe(expected);
  });

  test('the placeholder range is exactly the {admire} text', () => {
    const { text, placeholder } = renderTemplate('Hello {name}. I admire {admire}!', { name: '', admire: '[x y]' });
    expect(text).toBe('Hello. I admire [x y]!');
    expect(text.slice(placeholder!.start, placeholder!.end)).toBe('[x y]');
  });
});

describe('checkTemplate', () => {
  test.each([
    ['Want to {activity}? {times}', { ok: true }],
    ['Hi {nmae}! {times}', { ok: false, unknown: ['{nmae}'] }],
    ['{Name} {x} {x}', { ok: false, unknown: ['{Name}', '{x}'] }],
    ['{}', { ok: false, unknown: ['{}'] }],
  ])('%s', (template, expected) => {
    expect(checkTemplate(template)).toEqual(expected);
  });
});

describe('activities', () => {
  test('the built-in activities and their durations', () => {
    expect(listActivities(undefined, 'en').map((a) => [a.id, a.durationMinutes])).toEqual([
      ['coffee', 60],
      ['lunch', 60],
      ['drinks', 90],
      ['dinner', 120],
      ['walk', 60],
      ['call', 20],
    ]);
  });

  test.each([30, 150, 240])('a custom activity of %i minutes drives the slot length', (minutes) => {
    const wording = { ...defaultWording(), customActivities: [{ id: 'climb', name: 'go climbing', durationMinutes: minutes }] };
    const plan = planInvite({ mode: 'social', availability, timeZone, now, wording, activityId: 'climb' });
    expect(plan.activity).toMatchObject({ id: 'climb', durationMinutes: minutes, custom: true });
    for (const slot of plan.slots) expect(slot.end.getTime() - slot.start.getTime()).toBeGreaterThanOrEqual(minutes * 60_000);
    if (minutes > 180) expect(plan.slots.every((slot) => slot.start.getUTCDay() === 0 || slot.start.getUTCDay() === 6)).toBe(true);
    if (minutes <= 180) expect(plan.invite).toContain('Want to go climbing?');
  });

  test('the wording default activity is used for social invites, a call for business', () => {
    const wording = { ...defaultWording(), defaultActivity: 'dinner' };
    expect(planInvite({ mode: 'social', availability, timeZone, now, wording }).activity.id).toBe('dinner');
    expect(planInvite({ mode: 'business', availability, timeZone, now, wording }).activity.id).toBe('call');
    expect(planInvite({ mode: 'business', availability, timeZone, now, wording, nearby: true }).activity.id).toBe('coffee');
  });
});

describe('custom templates', () => {
  test('a custom template replaces the default in its language only; the default is not stored', () => {
    const custom = withTemplate(defaultWording(), 'social', 'en', 'Yo {name}! {activity}? {times}');
    expect(planInvite({ mode: 'social', availability, timeZone, now, wording: custom, recipient: 'Ana B' }).invite).toMatch(/^Yo Ana! get coffee\? /);
    expect(planInvite({ mode: 'social', availability, timeZone, now, wording: custom, lang: 'es' }).invite).toMatch(/^¿Te apetece/);
    expect(withTemplate(custom, 'social', 'en', DEFAULT_TEMPLATES.social.en).templates).toEqual({});
  });

  test('excluded slots are left out of the invite but kept as candidates', () => {
    const all = planInvite({ mode: 'social', availability, timeZone, now, locale: 'en-US' });
    const first = all.candidates[0]!;
    const plan = planInvite({ mode: 'social', availability, timeZone, now, excludedSlots: [first.start.toISOString()] });
    expect(plan.candidates.map((slot) => slot.id)).toEqual(all.candidates.map((slot) => slot.id));
    expect(plan.candidates.map((slot) => slot.offered)).toEqual(all.candidates.map((_, index) => index > 0));
    expect(plan.slots).toEqual(all.candidates.slice(1).map(({ start, end }) => ({ start, end })));
    const none = planInvite({ mode: 'social', availability, timeZone, now, excludedSlots: all.candidates.map((s) => s.start.toISOString()) });
    expect(none).toMatchObject({ invite: null, placeholder: null, times: '' });
  });
});
