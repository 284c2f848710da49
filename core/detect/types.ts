import type { LanguageCode } from '../languages.ts';

export type VagueKind = 'social' | 'business';

export interface VagueMatch {
  /** UTF-16 offset into text, inclusive. */
  start: number;
  /** Exclusive; text.slice(start, end) is what an accepted invite replaces. */
  end: number;
  kind: VagueKind;
  /** The words that triggered the match, for display. */
  phrase: string;
}

/** The app's one list of languages (core/languages.ts); each has its rules and model here. */
export type { LanguageCode };

/**
 * One wish pattern, written in a tiny token language (see patterns.ts):
 * words, `a|b` alternatives, `@MACRO` phrase lists, `?` optional, `*` up to
 * three repeats and `_N` for a gap of up to N words.
 */
export interface PatternSpec {
  p: string;
  /** Fixed kind; without it the message's register decides. */
  kind?: VagueKind;
  /** The match is rejected when the word right before it is one of these. */
  notAfter?: string[];
  /** The match must open its clause (after greetings and fillers). */
  atClauseStart?: boolean;
  /** A vagueness marker must follow in the same sentence ("let's talk" alone is not a wish). */
  needsVague?: boolean;
  /** Reject "when you're free to <task>": only for patterns that end in a free-time phrase. */
  checkPurpose?: boolean;
}

/** Everything a language contributes: data only, the engine is shared. */
export interface LanguageRules {
  code: LanguageCode;
  /** Phrase lists referenced by patterns as @NAME. Phrases may carry `!word` guards. */
  macros: Record<string, string[]>;
  patterns: PatternSpec[];
  /** Word → words it stands for ("don't" → do not, "j'aimerais" is split generically). */
  expansions: Record<string, string[]>;
  /** Any of these before the wish in its clause negates it. */
  negators: string[];
  /** How many words after the wish a negator still negates it (German and French put it after the verb). */
  negationLookahead?: number;
  /** Phrases that put the wish in the past or the counterfactual. */
  pastMarkers: string[];
  /** Words that make the clause reported speech ("she says we should"). */
  reportVerbs: string[];
  /** Subjects that make the wish someone else's ("my mom misses you"). */
  thirdParty: string[];
  /** Negators that do not negate after these words ("why don't we"). */
  negationExceptions: string[];
  /** Single words naming a concrete day or time. */
  timeWords: string[];
  /** Multi-word phrases naming a concrete day or time. */
  timePhrases: string[];
  /** Words that make a following number a clock time ("at 3", "um 15"). */
  clockPrepositions: string[];
  /** Number words usable as clock times after a clock preposition. */
  numberWords: string[];
  monthNames: string[];
  /** Words the span may start with before the pattern ("honestly we should"). */
  leadIns: string[];
  /** Conditions that introduce a wish and belong to its span ("whenever you're free, ..."). */
  conditionOpeners: string[];
  /** Words that start a new, unrelated clause after a comma or without punctuation. */
  clauseStarters: string[];
  /** Laughter that trails a sentence and belongs to the span before it. */
  laughter: string[];
  /** Words in the wish's sentence that mark a professional register. */
  businessCues: string[];
  /** Words anywhere in the message that mark a professional register (sign-offs, salutations). */
  strongBusinessCues: string[];
  /**
   * Words (folded, matched at a word start: "miss" covers "missing") and phrases of longing for
   * the reader. A broadcast nobody is addressed in drops wishes that contain one.
   */
  longing: string[];
}
