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
  /** Reject "when you're free to <task>": only for patterns that end in a free-time phrase (compiling sets it for every pattern using @WHEN_FREE). */
  checkPurpose?: boolean;
}

/** A language's hand-written rules (lang/<code>.ts): the compiler's lists are required too. */
export type SourceRules = LanguageRules & { macros: CompilerLists };

/** What the engine reads of a pattern once it is compiled: everything but its source text. */
export type PatternFlags = Omit<PatternSpec, 'p'>;

/**
 * The word lists the engine reads by name at run time. Every language lists
 * each of them (an empty list says "none in this language"), so a language
 * that leaves one out fails the type check.
 */
export interface EngineLists {
  /** Verbs that take a thing as object ("connect", "collaborate"): "connect the database" is work, not a wish. */
  OBJECT_VERBS: string[];
  /** Words that, right after an object verb, start an object that is a thing or someone else. */
  OBJECT_STARTS: string[];
  /** Manner words of ongoing work right after an object verb ("closely"). */
  WORK_MANNER: string[];
  /** The reader and the writer as objects ("you", "us"). */
  READER: string[];
  /** "with" and its spellings. */
  WITH: string[];
  /** Words passed over between an object verb and its object ("more"). */
  OBJECT_SKIP: string[];
  /** Words tying a name to a team or company ("Sarah from marketing"). */
  AFFILIATION: string[];
  /** Greetings and fillers that open a clause. */
  GREETING: string[];
  /** Connectors ("and", "but") a span does not end on. */
  CONNECTOR: string[];
  /** Words in or around the wish that mark a professional register. */
  REGISTER_CUES: string[];
  /** Words skipped when looking for the subject before a wish. */
  SKIPPABLE: string[];
  /** Words right after a negator that undo it ("not only"). */
  NEG_NEUTRALIZED_BY: string[];
  /** "I", "we" and the like: the writer owns the wish. */
  PERSONS: string[];
  /** Words after a free-time phrase that say it is for a task ("to review"). */
  PURPOSE: string[];
  /** The word a free-time phrase ends in ("free"). */
  FREE: string[];
  /** Words a subjectless wish may start with after a name. */
  SUBJECT_WORDS: string[];
  /** Subjects that start a new clause after a comma. */
  CLAUSE_SUBJECTS: string[];
}

/** The phrase lists the rule compiler reads by name (build time: they become tries). */
export interface CompilerLists {
  /** Vagueness markers ("sometime"), for patterns that need one. */
  VAGUE: string[];
  /** Activities, foods and talk nouns: what "when you're free to <x>" may be for. */
  ACT: string[];
  FOOD: string[];
  TALK: string[];
  /** Closing formulas ("talk soon"): a wish only when asked. */
  SIGN_OFF: string[];
}

/** Everything a language contributes: data only, the engine is shared. */
export interface LanguageRules {
  code: LanguageCode;
  /**
   * Phrase lists referenced by patterns as @NAME (phrases may carry `!word` guards), with the
   * lists the engine reads by name as typed fields.
   */
  macros: EngineLists & Partial<CompilerLists> & Record<string, string[]>;
  /** The wish patterns; empty in a compiled module, whose `compiled` carries them. */
  patterns: PatternSpec[];
  /** Word → words it stands for ("don't" → do not, "j'aimerais" is split generically). */
  expansions: Record<string, string[]>;
  /** Any of these before the wish in its clause negates it. */
  negators: string[];
  /** How many words after the wish a negator still negates it (German and French put it after the verb). */
  negationLookahead?: number;
  /** Phrases that put the wish in the past or the counterfactual (empty in a compiled module: a trie there). */
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
  /** Words that start a new, unrelated clause after a comma or without punctuation (empty in a compiled module: a trie there). */
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
  /**
   * The patterns' tries and tables compiled at build time (scripts/detector-rules.ts writes
   * compiled/<code>.ts); with it, loading the language decodes data instead of compiling rules.
   */
  compiled?: CompiledRules;
}

/**
 * A language's compiled rules as plain numbers and strings (see compile.ts for how each list is
 * laid out). Word ids count from 1 in the order of `words`; trie nodes, elements, pattern-tree
 * nodes and follow sets are numbered by their position in their list.
 */
export interface CompiledRules {
  format: 'someday-compiled-rules';
  version: number;
  /** The vocabulary of every trie edge, space-separated, in id order. */
  words: string;
  /** Per end list, the guard lists ("!word" guards, "<word" marks) of the phrases ending at a node. */
  endLists: string[][][];
  /** Per trie node: [edge count, 0 or 1 + its end list] (packed: see packNumbers in compile.ts). */
  nodes: string;
  /**
   * Every node's edges in node order, by word id: [id step, child step] pairs, where the id step
   * is the id minus the previous edge's id in the node (the first: minus 0) and the child step is
   * 0 for node 0, else the node's own number minus the child's (children come first). Packed.
   */
  edges: string;
  /** Pattern elements: [-1, max] for a gap, [trie root, 1 optional | 2 repeat] for phrases. */
  elements: number[];
  /** Per pattern, its elements. */
  patterns: number[][];
  /** Per pattern, what the engine reads besides its elements. */
  specs: PatternFlags[];
  /** The tries of vague markers, activities, past markers, clause starters and sign-offs. */
  roots: number[];
}
