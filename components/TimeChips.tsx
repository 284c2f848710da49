import type { ReactElement } from 'react';
import { t } from '../extension/i18n/card-text';
import type { CardTime } from '../extension/plan-from-storage';

export type { CardTime };

export interface TimeChipsProps {
  times: readonly CardTime[];
  onToggle?: (id: string) => void;
  /** The one click about times offered to others: true leaves them all out, false offers them again. */
  onLeaveOutOffered?: (leaveOut: boolean) => void;
}

/** The times an invite offers, each switchable, and one click for the times someone else was offered. */
export function TimeChips({ times, onToggle, onLeaveOutOffered }: TimeChipsProps): ReactElement | null {
  if (times.length === 0) return null;
  const noted = times.filter((time) => time.note);
  const notedOffered = noted.some((time) => time.offered);
  return (
    <>
      <div className="times" role="group" aria-label={t('cardTimes')}>
        {times.map((time) => (
          <button
            key={time.id}
            type="button"
            className={`chip${time.offered ? '' : ' off'}${time.note ? ' shared' : ''}`}
            aria-pressed={time.offered}
            aria-label={time.note ? `${time.label}, ${time.note}` : undefined}
            data-slot={time.id}
            data-slot-end={time.end}
            onClick={() => onToggle?.(time.id)}
          >
            <span className="chip-time">{time.label}</span>
            {time.note && <span className="chip-note">{time.note}</span>}
          </button>
        ))}
      </div>
      {noted.length > 0 && onLeaveOutOffered && (
        <button type="button" className="link offered-toggle" onClick={() => onLeaveOutOffered(notedOffered)}>
          {notedOffered ? t('cardLeaveOutOffered') : t('cardOfferThemToo')}
        </button>
      )}
    </>
  );
}

