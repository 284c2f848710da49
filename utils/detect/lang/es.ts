/** Placeholder rules until the es word lists land; matches nothing. */
import type { LanguageRules } from '../types.ts';

export const es: LanguageRules = {
  code: 'es',
  macros: {},
  patterns: [],
  expansions: {},
  negators: [],
  negationExceptions: [],
  pastMarkers: [],
  reportVerbs: [],
  thirdParty: [],
  timeWords: [],
  timePhrases: [],
  clockPrepositions: [],
  numberWords: [],
  monthNames: [],
  leadIns: [],
  conditionOpeners: [],
  clauseStarters: [],
  laughter: [],
  businessCues: [],
  strongBusinessCues: [],
  functionWords: [],
};
