/** Placeholder rules until the de word lists land; matches nothing. */
import type { LanguageRules } from '../types.ts';

export const de: LanguageRules = {
  code: 'de',
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
