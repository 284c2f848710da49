/**
 * Invite templates and activities: the default wording in every language Someday writes in,
 * the placeholders a template may use, and how a template becomes text.
 *
 * Pure: no DOM, no browser, so the card, the options page's preview and tests share it.
 */

import { FALLBACK_LANGUAGE, languageOfTag, type LanguageCode } from './languages';

/** One template per situation: a social invite, a business ask, and a business ask to someone nearby. */
export const TEMPLATE_KINDS = ['social', 'business', 'businessNearby'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const PLACEHOLDERS = ['name', 'activity', 'times', 'admire', 'minutes'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The ten-minute call for advice that business invites ask for. */
export const BUSINESS_CALL_MINUTES = 10;

/** The language an invite is written in for a BCP 47 tag: English when Someday does not speak it. */
export function inviteLanguage(tag: string | undefined | null): LanguageCode {
  return languageOfTag(tag) ?? FALLBACK_LANGUAGE;
}

/*
 * The defaults read well with and without a name: the name is a vocative at the end of the first
 * question ("Want to get coffee, Sam?"), and an empty placeholder takes the ", " before it along
 * ("Want to get coffee?"). The business text says "[what you admire…]" in brackets so the person
 * sees it must be filled in; the card selects it after insertion so typing replaces it.
 * Business wording is polite (vous, Sie); social wording is familiar (tu, du).
 */
export const DEFAULT_TEMPLATES: Record<TemplateKind, Record<LanguageCode, string>> = {
  social: {
    en: "Want to {activity}, {name}? I'm free {times}. Which works for you?",
    es: '¿Te apetece {activity}, {name}? Estoy libre {times}. ¿Qué te viene mejor?',
    fr: "Ça te dit de {activity}, {name} ? Je suis libre {times}. Qu'est-ce qui t'arrange ?",
    de: 'Hast du Lust auf {activity}, {name}? Ich hätte {times} Zeit. Was passt dir?',
    pt: 'Que tal {activity}, {name}? Estou livre {times}. Qual fica melhor para você?',
  },
  business: {
    en: "I really admire {admire}. I'd value your advice: would you have {minutes} minutes for a quick call? I'm free {times}. Which works best for you?",
    es: 'Admiro mucho {admire}. Me encantaría pedirte consejo: ¿tendrías {minutes} minutos para una llamada rápida? Estoy libre {times}. ¿Qué te viene mejor?',
    fr: "J'admire beaucoup {admire}. J'aimerais vous demander conseil : auriez-vous {minutes} minutes pour un court appel ? Je suis disponible {times}. Qu'est-ce qui vous arrangerait le mieux ?",
    de: 'Ich bewundere {admire} sehr. Ich würde Sie gern um Rat fragen: Hätten Sie {minutes} Minuten für ein kurzes Telefonat? Ich hätte {times} Zeit. Was passt Ihnen am besten?',
    pt: 'Admiro muito {admire}. Adoraria ouvir seu conselho: você teria {minutes} minutos para uma ligação rápida? Estou livre {times}. Qual horário fica melhor para você?',
  },
  businessNearby: {
    en: "I really admire {admire}. Since we're close by, could I buy you a coffee and ask your advice? Or a quick {minutes}-minute call, if that's easier. I'm free {times}. Which works best for you?",
    es: 'Admiro mucho {admire}. Ya que estamos cerca, ¿te invito a un café y te pido consejo? O una llamada rápida de {minutes} minutos, si te va mejor. Estoy libre {times}. ¿Qué te viene mejor?',
    fr: "J'admire beaucoup {admire}. Comme nous sommes tout près, puis-je vous inviter à prendre un café pour vous demander conseil ? Ou un appel de {minutes} minutes, si c'est plus simple. Je suis disponible {times}. Qu'est-ce qui vous arrangerait le mieux ?",
    de: 'Ich bewundere {admire} sehr. Da wir ganz in der Nähe sind: Darf ich Sie auf einen Kaffee einladen und um Rat fragen? Oder ein kurzes Telefonat von {minutes} Minuten, wenn das einfacher ist. Ich hätte {times} Zeit. Was passt Ihnen am besten?',
    pt: 'Admiro muito {admire}. Como estamos perto, posso te convidar para um café e pedir seu conselho? Ou uma ligação rápida de {minutes} minutos, se for mais fácil. Estou livre {times}. Qual horário fica melhor para você?',
  },
};

/** What `{admire}` becomes: a bracketed note the person replaces with their own words. */
export const ADMIRE_PLACEHOLDER: Record<LanguageCode, string> = {
  en: '[what you admire about their work]',
  es: '[lo que admiras de su trabajo]',
  fr: '[ce que vous admirez dans son travail]',
  de: '[was Sie an der Arbeit bewundern]',
  pt: '[o que você admira no trabalho da pessoa]',
};

// ---------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------

export interface InviteActivity {
  id: string;
  /** For pickers: "Coffee", "A walk". */
  label: string;
  /** As it reads in the template's `{activity}`: "get coffee" in English, "un café" style elsewhere. */
  phrase: string;
  /** Drives the length of the free time searched for. */
  durationMinutes: number;
  custom: boolean;
}

/** A person's own activity; its name is used as written in every language. */
export interface CustomActivity {
  id: string;
  name: string;
  durationMinutes: number;
}

interface BuiltInActivity {
  id: string;
  durationMinutes: number;
  label: Record<LanguageCode, string>;
  phrase: Record<LanguageCode, string>;
}

// Phrases follow each language's template: "Want to …", "¿Te apetece …", "Ça te dit de …",
// "Hast du Lust auf …", "Que tal …".
export const BUILT_IN_ACTIVITIES: readonly BuiltInActivity[] = [
  {
    id: 'coffee',
    durationMinutes: 60,
    label: { en: 'Coffee', es: 'Café', fr: 'Café', de: 'Kaffee', pt: 'Café' },
    phrase: { en: 'get coffee', es: 'tomar un café', fr: 'prendre un café', de: 'einen Kaffee', pt: 'tomar um café' },
  },
  {
    id: 'lunch',
    durationMinutes: 60,
    label: { en: 'Lunch', es: 'Comida', fr: 'Déjeuner', de: 'Mittagessen', pt: 'Almoço' },
    phrase: { en: 'get lunch', es: 'comer juntos', fr: 'déjeuner ensemble', de: 'ein Mittagessen', pt: 'almoçar juntos' },
  },
  {
    id: 'drinks',
    durationMinutes: 90,
    label: { en: 'Drinks', es: 'Tomar algo', fr: 'Un verre', de: 'Drinks', pt: 'Drinks' },
    phrase: { en: 'get drinks', es: 'tomar algo', fr: 'boire un verre', de: 'ein paar Drinks', pt: 'tomar alguma coisa' },
  },
  {
    id: 'dinner',
    durationMinutes: 120,
    label: { en: 'Dinner', es: 'Cena', fr: 'Dîner', de: 'Abendessen', pt: 'Jantar' },
    phrase: { en: 'get dinner', es: 'cenar juntos', fr: 'dîner ensemble', de: 'ein Abendessen', pt: 'jantar juntos' },
  },
  {
    id: 'walk',
    durationMinutes: 60,
    label: { en: 'A walk', es: 'Un paseo', fr: 'Une balade', de: 'Spaziergang', pt: 'Uma caminhada' },
    phrase: { en: 'go for a walk', es: 'dar un paseo', fr: 'faire une balade', de: 'einen Spaziergang', pt: 'dar uma caminhada' },
  },
  {
    id: 'call',
    durationMinutes: 20,
    label: { en: 'A call', es: 'Una llamada', fr: 'Un appel', de: 'Telefonat', pt: 'Uma ligação' },
    phrase: { en: 'catch up on a call', es: 'hablar por teléfono', fr: 's’appeler', de: 'ein Telefonat', pt: 'conversar por telefone' },
  },
];

export const DEFAULT_ACTIVITY_ID = 'coffee';

/** The wording the person changed; everything left out is the default. */
export interface WordingSettings {
  /** Only templates that differ from the defaults, per kind and language. */
  templates: Partial<Record<TemplateKind, Partial<Record<LanguageCode, string>>>>;
  customActivities: CustomActivity[];
  /** The activity social invites offer unless the card picks another. */
  defaultActivity: string;
}

export function defaultWording(): WordingSettings {
  return { templates: {}, customActivities: [], defaultActivity: DEFAULT_ACTIVITY_ID };
}

export function listActivities(wording: WordingSettings | undefined, lang: string = 'en'): InviteActivity[] {
  const language = inviteLanguage(lang);
  const builtIn = BUILT_IN_ACTIVITIES.map((activity) => ({
    id: activity.id,
    label: activity.label[language],
    phrase: activity.phrase[language],
    durationMinutes: activity.durationMinutes,
    custom: false,
  }));
  const custom = (wording?.customActivities ?? []).map((activity) => ({
    id: activity.id,
    label: activity.name,
    phrase: activity.name,
    durationMinutes: activity.durationMinutes,
    custom: true,
  }));
  return [...builtIn, ...custom];
}

/** The activity with this id, else the wording's default, else coffee. */
export function findActivity(wording: WordingSettings | undefined, lang: string, id?: string): InviteActivity {
  const all = listActivities(wording, lang);
  return (
    all.find((activity) => activity.id === id) ??
    all.find((activity) => activity.id === (wording?.defaultActivity ?? DEFAULT_ACTIVITY_ID)) ??
    all[0]!
  );
}

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

export function templateFor(wording: WordingSettings | undefined, kind: TemplateKind, lang: string): string {
  const language = inviteLanguage(lang);
  return wording?.templates[kind]?.[language] ?? DEFAULT_TEMPLATES[kind][language];
}

/** Keeps only the templates that differ from the defaults, so synced wording stays small. */
export function withTemplate(
  wording: WordingSettings,
  kind: TemplateKind,
  lang: LanguageCode,
  text: string | null,
): WordingSettings {
  const forKind = { ...wording.templates[kind] };
  if (text === null || text === DEFAULT_TEMPLATES[kind][lang]) delete forKind[lang];
  else forKind[lang] = text;
  const templates = { ...wording.templates };
  if (Object.keys(forKind).length === 0) delete templates[kind];
  else templates[kind] = forKind;
  return { ...wording, templates };
}

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

export type TemplateCheck = { ok: true } | { ok: false; unknown: string[] };

/** A template may use only the known placeholders; the others are named, as written ("{nmae}"). */
export function checkTemplate(template: string): TemplateCheck {
  const unknown = [...template.matchAll(PLACEHOLDER_PATTERN)]
    .filter((match) => !(PLACEHOLDERS as readonly string[]).includes(match[1] ?? ''))
    .map((match) => match[0]);
  return unknown.length === 0 ? { ok: true } : { ok: false, unknown: [...new Set(unknown)] };
}

export interface RenderedTemplate {
  text: string;
  /** Where the first `{admire}` landed, or null when the template has none. */
  placeholder: { start: number; end: number } | null;
}

/**
 * Fills a template. An empty value removes its placeholder together with the ", " or space
 * before it ("coffee, {name}?" → "coffee?"); at the very start, the separator after it.
 * An unknown placeholder stays as written (the options page refuses to save one).
 */
export function renderTemplate(template: string, values: Partial<Record<Placeholder, string>>): RenderedTemplate {
  let text = '';
  let placeholder: RenderedTemplate['placeholder'] = null;
  let dropLeadingSeparator = false;
  let last = 0;
  const appendLiteral = (literal: string) => {
    text += dropLeadingSeparator ? literal.replace(/^[,;]?\s*/, '') : literal;
    dropLeadingSeparator = false;
  };
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    appendLiteral(template.slice(last, match.index));
    last = match.index + match[0].length;
    const name = match[1] as Placeholder;
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      text += match[0];
      continue;
    }
    const value = values[name] ?? '';
    if (value === '') {
      const trimmed = text.replace(/,?[ \u00a0]*$/, '');
      if (trimmed === '' || /\n$/.test(trimmed)) dropLeadingSeparator = true;
      text = trimmed;
      continue;
    }
    if (name === 'admire' && placeholder === null) placeholder = { start: text.length, end: text.length + value.length };
    text += value;
  }
  appendLiteral(template.slice(last));
  return { text, placeholder };
}

export function firstName(recipient: string | null | undefined): string {
  const name = (recipient ?? '').trim();
  if (!name) return '';
  return name.split(/\s+/)[0] ?? '';
}
