/** Placeholder rules until the fr word lists land; matches nothing. */
import type { LanguageRules } from '../types.ts';

export const fr: LanguageRules = {
  code: 'fr',
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
