import { describe, expect, test } from 'vitest';
import { planInvite } from '../../utils/plan';
import { defaultAvailability } from '../../utils/availability-settings';

// Wednesday 25 November 2026, 09:00 in New York.
const now = new Date('2026-11-25T14:00:00Z');
const availability = { ...defaultAvailability(), timeZone: 'America/New_York' };

describe('planInvite', () => {
  test('with the default availability, offers three evenings or weekend days in the person zone', () => {
    const plan = planInvite({ mode: 'social', availability, now, locale: 'en-US' });
    expect(plan.timeZone).toBe('America/New_York');
    expect(plan.slots).toHaveLength(3);
    expect(plan.invite).toBe(`Want to get coffee? I'm free ${plan.times}. Which works for you?`);
    expect(plan.times).toMatch(/6–9pm/);
  });

  test('business mode asks for a short call', () => {
    const plan = planInvite({ mode: 'business', availability, now, locale: 'en-US' });
    expect(plan.invite).toContain('10 minutes for a quick call');
  });

  test('busy times are not offered', () => {
    const free = planInvite({ mode: 'social', availability, now, locale: 'en-US' });
    const first = free.slots[0]!;
    const busy = planInvite({ mode: 'social', availability, now, locale: 'en-US', busy: [first] });
    expect(busy.slots.some((slot) => slot.start < first.end && slot.end > first.start)).toBe(false);
  });

  test('no windows means no invite, not an empty one', () => {
    const plan = planInvite({ mode: 'social', availability: { ...availability, weekly: [] }, now });
    expect(plan).toMatchObject({ slots: [], times: '', invite: null });
  });
});

describe('detectLanguage', () => {
  test.each([
    ['hey! we should hang out sometime', 'en'],
    ['oye, a ver si quedamos un día de estos para tomar algo', 'es'],
    ['on devrait se voir un de ces jours, ça me ferait plaisir', 'fr'],
    ['wir sollten uns mal wieder treffen, ich vermisse dich', 'de'],
    ['a gente devia se ver qualquer dia desses, estou com saudades', 'pt'],
    ['', 'en'],
  ])('%s → %s', async (text, lang) => {
    const { detectLanguage } = await import('../../utils/detect');
    expect(detectLanguage(text)).toBe(lang);
  });
});
