/**
 * The shapes the box's session, its features and the lazily loaded card share. Types only: this file
 * costs nothing at run time, so the first step on focus can name the card without loading it.
 */
import type { CardStatus, CardTheme, SnoozeChoice } from '../../components/SuggestionCard';
import type { CardCandidate, CardChoices, PlannedCard } from '../../extension/card-service';
import type { MessageBox } from '../../page/message-box';
import type { DetectOptions, VagueMatch } from '../../core/detect';
import type { LanguageCode } from '../../core/detect/types';
import type { EditorKind, EditorWriter, ReplaceOptions, ReplaceOutcome } from '../../page/editors';
import type { InviteMode } from '../../core/invite-text';
import type { InsertResult } from '../../extension/messages';
import type { BoxContext, PageAdapter } from '../../page/sites';
import type { CardProps, CardUi } from './card-ui';

export type { CardProps, CardUi };

/** A vague wish in a box, and what the card offers for it. */
export interface Suggestion {
  box: MessageBox;
  match: VagueMatch;
  /** `text.slice(match.start, match.end)` when the card was made: what accept replaces. */
  original: string;
  context: BoxContext;
  /** The card's choices (activity, switched-off times) and where it is: what its plan depends on. */
  choices: CardChoices;
  /** The plan for `choices`, from the background's planner. */
  card: PlannedCard;
  status: CardStatus;
  theme: CardTheme;
}

/**
 * The card's planner as the page sees it: messages to the background (extension/card-service.ts), which
 * reads the stored preferences and plans, so the page does neither.
 */
export interface CardService {
  /** The first candidate that gets a card, and its plan; null when none does (Someday off, snoozed). */
  cardFor(candidates: CardCandidate[], choices: Omit<CardChoices, 'mode'>): Promise<{ index: number; card: PlannedCard } | null>;
  plan(choices: CardChoices): Promise<PlannedCard>;
  snooze(choice: SnoozeChoice, phrase: string): Promise<void>;
  setNearby(conversation: string, nearby: boolean): Promise<void>;
  logSent(sent: { context: BoxContext; mode: InviteMode; card: PlannedCard }): Promise<void>;
  openOptions(): void;
}

/** Reading a box's text for wishes, which the first step brings. */
export interface ReadingDetector {
  detectVaguePhrases(text: string, options?: DetectOptions): Promise<VagueMatch[]>;
  detectLanguage(text: string): LanguageCode;
}

/** What the session and its features use from the page and the rest of Someday; tests pass their own. */
export interface SuggestionsEnv {
  adapter: PageAdapter;
  detector: ReadingDetector;
  service: CardService;
  /** Loads the card's UI (once) and resolves with it. */
  cardUi(): Promise<CardUi>;
  /** The card's UI if it has loaded, without loading it. */
  loadedCardUi(): CardUi | null;
  /** Starts loading what a focused box will need, in idle time. */
  preload(box: MessageBox): void;
  /** The box's editor's writer; `kind` as the site adapter declares it (null: the generic sniff). */
  writerFor(box: MessageBox, kind: EditorKind | null): EditorWriter;
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
  'onAccept' | 'onDismiss' | 'onOpenOptions' | 'onActivity' | 'onToggleTime' | 'onLeaveOutOffered' | 'onNearby' | 'onSnooze' | 'onReturn'
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
  /** The card's UI, once it has loaded. */
  ui(): CardUi | null;
  /** The card is showing for this session. */
  cardVisible(): boolean;
  /** Applies a change of the card's choices, plans again and renders; ignored for a stale suggestion. */
  change(
    suggestion: Suggestion,
    apply: (choices: CardChoices) => CardChoices,
    /** How the card looks until the new plan arrives; by default the choices themselves show. */
    preview?: (card: PlannedCard) => PlannedCard,
  ): Promise<void>;
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
