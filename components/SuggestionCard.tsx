import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { t } from '../extension/i18n/card-text';
import { TimeChips, type CardTime } from './TimeChips';

export type { CardTime };

export type CardStatus =
  | { kind: 'ready' }
  | { kind: 'writing' }
  /** The box did not take the invite; it is on the clipboard instead (or could not be put there). */
  | { kind: 'failed'; copied: boolean }
  /** Nothing free: not in the horizon, not in the week after (`days` searched in all). */
  | { kind: 'no-times'; days?: number };

export type SnoozeChoice = 'site' | 'hour' | 'phrase';
export type CardTheme = 'light' | 'dark';

export interface CardActivity {
  id: string;
  label: string;
}

export interface SuggestionCardProps {
  phrase: string;
  /** The other person's name in a direct message, when the site shows it. */
  recipient: string | null;
  invite: string | null;
  status: CardStatus;
  onAccept: () => void;
  onDismiss: () => void;
  onOpenOptions: () => void;
  /** Activities to pick from (social invites); none hides the picker. */
  activities?: readonly CardActivity[];
  activityId?: string | null;
  onActivity?: (id: string) => void;
  /** Every time found, offered or left out; none hides the chips. */
  times?: readonly CardTime[];
  onToggleTime?: (id: string) => void;
  /** One click for the times someone who has not answered was offered: true leaves them out. */
  onLeaveOutOffered?: (leaveOut: boolean) => void;
  /** Said above the actions, e.g. that nothing was free this week and these times are the week after. */
  note?: string | null;
  /** Business invites: whether the contact is nearby (null hides the toggle). */
  nearby?: boolean | null;
  onNearby?: (nearby: boolean) => void;
  /** Business invites: after insertion a placeholder is selected for the person to type over. */
  placeholderHint?: boolean;
  onSnooze?: (choice: SnoozeChoice) => void;
  /** Alt+↑ inside the card: back to the box, card kept. */
  onReturn?: () => void;
  /** The key that moves focus from the box into the card, as shown to the person. */
  focusKeyLabel?: string;
  theme?: CardTheme;
}

const SNOOZE_CHOICES: readonly { choice: SnoozeChoice; label: () => string }[] = [
  { choice: 'site', label: () => t('cardSnoozeSite') },
  { choice: 'hour', label: () => t('cardSnoozeHour') },
  { choice: 'phrase', label: () => t('cardSnoozePhrase') },
];

/** Keeps focus and the selection in the message box when the card is clicked. */
const keepCaretInBox = (event: { preventDefault: () => void; target: EventTarget | null }) => {
  // Once focus is in the card (moved there by keyboard), clicks behave as usual.
  const target = event.target as Element | null;
  const root = target?.getRootNode() as Document | ShadowRoot | undefined;
  if (root && root.activeElement && target?.closest('.card')?.contains(root.activeElement)) return;
  event.preventDefault();
};

function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(
    root.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), [tabindex="0"]'),
  ).filter((element) => element.tabIndex >= 0);
}

export function SuggestionCard({
  phrase,
  recipient,
  invite,
  status,
  onAccept,
  onDismiss,
  onOpenOptions,
  activities = [],
  activityId = null,
  onActivity,
  times = [],
  onToggleTime,
  onLeaveOutOffered,
  note = null,
  nearby = null,
  onNearby,
  placeholderHint = false,
  onSnooze,
  onReturn,
  focusKeyLabel,
  theme = 'light',
}: SuggestionCardProps): ReactElement {
  const ids = useId();
  const cardRef = useRef<HTMLDivElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  /** Set when the menu was opened from inside the card, so its first item takes focus. */
  const focusMenu = useRef(false);
  useEffect(() => {
    if (!menuOpen || !focusMenu.current) return;
    focusMenu.current = false;
    cardRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menuOpen]);
  /** The activity to focus once the picker re-renders with it checked. */
  const pendingActivityFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingActivityFocus.current;
    if (id === null || id !== activityId) return;
    pendingActivityFocus.current = null;
    const radios = cardRef.current?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [];
    Array.from(radios).find((radio) => radio.dataset.activity === id)?.focus();
  }, [activityId]);
  const focusIsInCard = () => {
    const card = cardRef.current;
    const root = card?.getRootNode() as Document | ShadowRoot | undefined;
    return Boolean(card && root?.activeElement && card.contains(root.activeElement));
  };
  const firstName = recipient?.split(' ')[0];
  const title = firstName ? t('cardTitleWith', phrase, firstName) : t('cardTitle', phrase);

  const switchActivity = (step: number) => {
    if (activities.length === 0 || !onActivity) return;
    const at = Math.max(0, activities.findIndex((activity) => activity.id === activityId));
    const next = activities[(at + step + activities.length) % activities.length]!;
    // Roving focus: the checked activity holds focus when focus was on the picker.
    const card = cardRef.current;
    const root = card?.getRootNode() as Document | ShadowRoot | undefined;
    if (root?.activeElement?.getAttribute('role') === 'radio') pendingActivityFocus.current = next.id;
    onActivity(next.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const card = cardRef.current;
    if (!card) return;
    const inMenu = (event.target as Element).closest('[role="menu"]');
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (menuOpen) {
        setMenuOpen(false);
        card.querySelector<HTMLElement>('.snooze-button')?.focus();
      } else {
        onDismiss();
      }
      return;
    }
    if (event.key === 'ArrowUp' && event.altKey) {
      event.preventDefault();
      event.stopPropagation();
      onReturn?.();
      return;
    }
    if (event.key === 'Tab') {
      // Focus stays in the card while it is there: Tab and Shift+Tab go round.
      const focusable = focusableIn(card);
      if (focusable.length === 0) return;
      const root = card.getRootNode() as Document | ShadowRoot;
      const at = focusable.indexOf(root.activeElement as HTMLElement);
      const next = focusable[(at + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length]!;
      event.preventDefault();
      event.stopPropagation();
      next.focus();
      return;
    }
    const arrows: Record<string, number> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };
    const step = arrows[event.key];
    if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    if (inMenu) {
      const items = Array.from(inMenu.querySelectorAll<HTMLElement>('[role="menuitem"]'));
      const root = card.getRootNode() as Document | ShadowRoot;
      const at = items.indexOf(root.activeElement as HTMLElement);
      items[(at + step + items.length) % items.length]?.focus();
      return;
    }
    switchActivity(step);
  };

  const snooze = (choice: SnoozeChoice) => {
    setMenuOpen(false);
    onSnooze?.(choice);
  };

  return (
    <div
      ref={cardRef}
      className={`card ${theme}`}
      data-theme={theme}
      role="dialog"
      aria-label={t('cardLabel')}
      aria-describedby={`${ids}-preview`}
      onMouseDown={keepCaretInBox}
      onPointerDown={keepCaretInBox}
      onKeyDown={onKeyDown}
    >
      <div className="header">
        <span className="logo" aria-hidden="true">◷</span>
        <span className="title">{title}</span>
      </div>

      {activities.length > 0 && (
        <div className="activities" role="radiogroup" aria-label={t('cardActivities')}>
          {activities.map((activity) => {
            const checked = activity.id === activityId;
            return (
              <button
                key={activity.id}
                type="button"
                role="radio"
                aria-checked={checked}
                tabIndex={checked ? 0 : -1}
                className={`activity${checked ? ' checked' : ''}`}
                data-activity={activity.id}
                onClick={() => onActivity?.(activity.id)}
              >
                {activity.label}
              </button>
            );
          })}
        </div>
      )}

      {invite !== null && (
        <p className="preview" id={`${ids}-preview`} data-someday="preview" aria-live="polite" aria-atomic="true">
          {invite}
        </p>
      )}

      <TimeChips times={times} onToggle={onToggleTime} onLeaveOutOffered={onLeaveOutOffered} />

      {note && invite !== null && (
        <p className="message" role="status">
          {note}
        </p>
      )}

      {nearby !== null && (
        <label className="nearby">
          <input type="checkbox" checked={nearby} onChange={(event) => onNearby?.(event.target.checked)} />
          <span>{t('cardNearby')}</span>
        </label>
      )}

      {placeholderHint && invite !== null && <p className="hint">{t('cardPlaceholderHint')}</p>}

      {status.kind === 'no-times' && (
        <p className="message" role="status">
          {times.length > 0 && times.every((time) => !time.offered) ? t('cardAllTimesOff') : t('cardNoTimes', String(status.days ?? 14))}{' '}
          <button type="button" className="link" onClick={onOpenOptions}>
            {t('cardEditTimesLink')}
          </button>
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="message error" role="alert">
          {status.copied ? t('cardFailedCopied') : t('cardFailedNotCopied')}
        </p>
      )}

      <div className="actions">
        <button
          type="button"
          className="accept"
          data-someday="accept"
          disabled={invite === null || status.kind === 'writing'}
          onClick={onAccept}
        >
          {t('cardAccept')} <kbd>Tab</kbd>
        </button>
        <button type="button" className="dismiss" data-someday="dismiss" onClick={onDismiss}>
          {t('cardDismiss')} <kbd>Esc</kbd>
        </button>
        {onSnooze && (
          <button
            type="button"
            className="snooze-button"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-controls={`${ids}-snooze`}
            onClick={() => {
              // The caret stays in the box when the menu is opened with the mouse.
              focusMenu.current = focusIsInCard();
              setMenuOpen((open) => !open);
            }}
          >
            {t('cardSnooze')} ▾
          </button>
        )}
        <button type="button" className="link settings" onClick={onOpenOptions} aria-label={t('cardEditTimesLabel')}>
          {t('cardEditTimes')}
        </button>
      </div>
      {menuOpen && (
        <div className="menu" role="menu" id={`${ids}-snooze`} aria-label={t('cardSnooze')}>
          {SNOOZE_CHOICES.map(({ choice, label }) => (
            <button key={choice} type="button" role="menuitem" data-snooze={choice} onClick={() => snooze(choice)}>
              {label()}
            </button>
          ))}
        </div>
      )}
      {focusKeyLabel && (
        <p className="focus-hint">
          <kbd>{focusKeyLabel}</kbd> {t('cardFocusHint')}
        </p>
      )}
    </div>
  );
}
