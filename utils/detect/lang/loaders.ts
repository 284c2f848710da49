/** Each language's rules by dynamic import, for the loading detector in Node and tests. */
import type { LanguageLoader } from '../loading.ts';
import type { LanguageCode } from '../types.ts';

export const LANGUAGE_LOADERS: Record<LanguageCode, LanguageLoader> = {
  en: () => import('./en.ts').then((module) => module.en),
  es: () => import('./es.ts').then((module) => module.es),
  fr: () => import('./fr.ts').then((module) => module.fr),
  de: () => import('./de.ts').then((module) => module.de),
  pt: () => import('./pt.ts').then((module) => module.pt),
};
