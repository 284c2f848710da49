/**
 * The shapes the box's session, its features and the lazily loaded card stage share. Types only: this
 * file costs nothing at run time, so the first step on focus can name the card stage without loading it.
 */
import type { CardActivity, CardStatus, CardTheme, CardTime, SnoozeChoice } from '../../components/SuggestionCard';
import type { MessageBox } from '../../utils/composer';
import type { VagueMatch } from '../../utils/detect';
import type { LanguageCode } from '../../utils/detect/types';
import type { EditorWriter, ReplaceOptions, ReplaceOutcome } from '../../utils/editors';
import type { InviteMode } from '../../utils/invite';
import type { InsertResult } from '../../utils/messages';
import type { Plan } from '../../utils/plan';
import type { BoxContext, SiteAdapter } from '../../utils/sites';
import type { CardProps, CardUi } from './card-ui';

export type { CardProps, CardUi };

/** A vague wish in a box, and what the card offers for it. */
export interface Suggestion {
  box: MessageBox;
  match: VagueMatch;
  /** `text.slice(match.start, match.end)` when the card was made: what accept replaces. */
  original: string;
  context: BoxContext;
  mode: InviteMode;
  /** The message's language: the invite is written in it. */
  lang: string;
  /** The text before the phrase, which the invite's first letter fits. */
  before: string;
  /** The activity picked on the card; null for the wording's default. */
  activityId: string | null;
  /** ISO starts of the times toggled off on the card. */
  excluded: string[];
  plan: Plan;
  invite: string | null;
  /** The card's chips and activities, worked out with the plan so an unchanged card renders nothing. */
  times: CardTime[];
  activities: CardActivity[];
  nearby: boolean | null;
  status: CardStatus;
  theme: CardTheme;
}

/** What a plan depends on, from the card's choices. */
export type PlanChoices = Pick<Suggestion, 'mode' | 'lang' | 'context' | 'activityId' | 'excluded'>;

/** The invite log keeps who, where, when and which times; never the message. */
export interface SentInvite {
  context: BoxContext;
  mode: InviteMode;
  plan: Plan;
}

/**
 * Everything past reading the text: the person's stored preferences, the planner and the card's UI.
 * It loads when there is something to show, or in idle time after a box is focused (load-stages.ts).
 */
export interface CardStage {
  ui: CardUi;
  /** Resolves once every stored preference has been read. */
  ready: Promise<void>;
  /** Whether Someday is on for this site. */
  enabled(): boolean;
  isSnoozed(phrase: string, now: number): boolean;
  snooze(choice: SnoozeChoice, phrase: string): Promise<void>;
  isNearby(conversation: string): boolean;
  setNearby(conversation: string, nearby: boolean): Promise<void>;
  /** The plan for these choices, with the person's calendars and held times as busy. */
  plan(choices: PlanChoices, now?: Date): Plan;
  /** The chips for a plan's times. */
  timesOf(plan: Plan, excluded: readonly string[], now?: Date): CardTime[];
  activitiesFor(lang: string): CardActivity[];
  /** The invite with its first letter fitted to the text before it. */
  fitInvite(invite: string, before: string): string;
  logSent(sent: SentInvite): Promise<void>;
  openOptions(): void;
  /** Calls `listener` when a stored preference changes (another tab, the options page); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Reading a box's text for wishes, which the first step brings. */
export interface ReadingDetector {
  detectVaguePhrases(text: string, options?: { lang?: string }): Promise<VagueMatch[]>;
  detectLanguage(text: string): LanguageCode;
}

/** What the session and its features use from the page and the rest of Someday; tests pass their own. */
export interface SuggestionsEnv {
  adapter: SiteAdapter;
  detector: ReadingDetector;
  /** Loads the card stage (once) and resolves with it. */
  cardStage(): Promise<CardStage>;
  /** The card stage if it has loaded, without loading it. */
  loadedCardStage(): CardStage | null;
  /** Starts loading what a focused box will need, in idle time. */
  preload(box: MessageBox): void;
  writerFor(box: MessageBox): EditorWriter;
  replaceInBox(box: MessageBox, start: number, phrase: string, insert: string, options?: ReplaceOptions): Promise<ReplaceOutcome>;
  /** Whether an event is the person's own (not made up by the page). */
  isPersonEvent(event: Event): boolean;
  copyToClipboard(text: string): Promise<boolean>;
  themeOf(box: MessageBox): CardTheme;
  /** How long typing must pause before the box is read. */
  pauseMs: number;
  /** Logs an unexpected error once; the person's text is never touched by it. */
  report(error: unknown): void;
}

/** Per box: what the person dismissed and what Someday wrote, kept while the box lives. */
export interface BoxMemory {
  /** Phrases the person dismissed, per box: they stay quiet until the text says something new. */
  dismissed: WeakMap<MessageBox, Set<string>>;
  /** Invites Someday wrote into each box: never read as new vague phrases. */
  written: WeakMap<MessageBox, string[]>;
}

/** The card handlers features provide; the session hands them to the card once, so they never change. */
export type CardHandlers = Pick<
  CardProps,
  'onAccept' | 'onDismiss' | 'onOpenOptions' | 'onActivity' | 'onToggleTime' | 'onNearby' | 'onSnooze' | 'onReturn'
>;

/** The actions other features (the keyboard) can call. */
export interface SessionActions {
  accept?: () => void;
  dismiss?: () => void;
}

/** What a feature sees of the box's session. */
export interface Session {
  readonly box: MessageBox;
  readonly env: SuggestionsEnv;
  readonly memory: BoxMemory;
  /** The suggestion on show (or being written), else null. */
  current(): Suggestion | null;
  /** The card stage, once it has loaded. */
  stage(): CardStage | null;
  /** The card is showing for this session. */
  cardVisible(): boolean;
  /** Applies a change of the card's choices, plans again and renders; ignored for a stale suggestion. */
  change(suggestion: Suggestion, apply: () => void): void;
  /** Renders the suggestion as it is now (after a status change). */
  render(suggestion: Suggestion): void;
  hideCard(): void;
  /** Hides the card; if focus had moved into it (or away), the caret goes back where it was. */
  closeAndReturnCaret(suggestion: Suggestion): void;
  /** Puts the caret back in the box where it was before focus moved into the card. */
  returnCaret(): void;
  /** Remembers where the caret was as focus moves into the card. */
  rememberCaret(offset: number | null): void;
  /** When the person last changed the box (`performance.now()`). */
  lastInputAt(): number | undefined;
  /** Ends the session: every listener, observer, timer and the card. */
  destroy(): void;
  readonly actions: SessionActions;
}

/** One feature of the card, started for each box's session and stopped with its signal. */
export type CardFeature = (session: Session, signal: AbortSignal) => Partial<CardHandlers> | void;

/** The result of "Insert my free times". */
export type { InsertResult };
