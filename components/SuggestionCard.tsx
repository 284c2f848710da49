import type { ReactElement } from 'react';

export type CardStatus =
  | { kind: 'ready' }
  | { kind: 'writing' }
  /** The box did not take the invite; it is on the clipboard instead (or could not be put there). */
  | { kind: 'failed'; copied: boolean }
  | { kind: 'no-times' };

export interface SuggestionCardProps {
  phrase: string;
  /** The other person's name in a direct message, when the site shows it. */
  recipient: string | null;
  invite: string | null;
  status: CardStatus;
  onAccept: () => void;
  onDismiss: () => void;
  onOpenOptions: () => void;
}

/** Keeps focus and the selection in the message box when the card is clicked. */
const keepCaretInBox = (event: { preventDefault: () => void }) => event.preventDefault();

export function SuggestionCard({ phrase, recipient, invite, status, onAccept, onDismiss, onOpenOptions }: SuggestionCardProps): ReactElement {
  return (
    <div
      className="card"
      role="dialog"
      aria-label="Someday: turn this into a plan"
      onMouseDown={keepCaretInBox}
      onPointerDown={keepCaretInBox}
    >
      <div className="header">
        <span className="logo" aria-hidden="true">◷</span>
        <span className="title">
          Make “{phrase}” a plan{recipient ? ` with ${recipient.split(' ')[0]}` : ''}
        </span>
      </div>
      {invite !== null && (
        <p className="preview" data-someday="preview" aria-live="polite">
          {invite}
        </p>
      )}
      {status.kind === 'no-times' && (
        <p className="message" role="status">
          No free time in your availability this week.{' '}
          <button type="button" className="link" onClick={onOpenOptions}>
            Edit your times
          </button>
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="message error" role="alert">
          {status.copied
            ? 'This box did not take the invite, so your text is unchanged. The invite is on your clipboard: paste it with Ctrl+V.'
            : 'This box did not take the invite, so your text is unchanged. Copy the invite above and paste it in.'}
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
          Use this <kbd>Tab</kbd>
        </button>
        <button type="button" className="dismiss" data-someday="dismiss" onClick={onDismiss}>
          Not now <kbd>Esc</kbd>
        </button>
        <button type="button" className="link settings" onClick={onOpenOptions} aria-label="Edit your free times">
          Times…
        </button>
      </div>
    </div>
  );
}
