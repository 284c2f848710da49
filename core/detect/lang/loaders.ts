/** Each language's rules and model by dynamic import, for the loading detector in Node and tests. */
import type { LanguageLoader } from '../loading.ts';
import type { LanguageCode } from '../types.ts';

export const LANGUAGE_LOADERS: Record<LanguageCode, LanguageLoader> = {
  en: () => Promise.all([import('./en.ts'), import('../models/en.ts')]).then(([rules, model]) => ({ rules: rules.en, model: model.enModel })),
  es: () => Promise.all([import('./es.ts'), import('../models/es.ts')]).then(([rules, model]) => ({ rules: rules.es, model: model.esModel })),
  fr: () => Promise.all([import('./fr.ts'), import('../models/fr.ts')]).then(([rules, model]) => ({ rules: rules.fr, model: model.frModel })),
  de: () => Promise.all([import('./de.ts'), import('../models/de.ts')]).then(([rules, model]) => ({ rules: rules.de, model: model.deModel })),
  pt: () => Promise.all([import('./pt.ts'), import('../models/pt.ts')]).then(([rules, model]) => ({ rules: rules.pt, model: model.ptModel })),
};
