/** Placeholder rules until the pt word lists land; matches nothing. */
import type { LanguageRules } from '../types.ts';

export const pt: LanguageRules = {
  code: 'pt',
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
