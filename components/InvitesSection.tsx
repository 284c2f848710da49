import { TZDate } from '@date-fns/tz';
import { startOfWeek } from 'date-fns';
import { useState, type ReactElement } from 'react';
import { formatSlot } from '../core/format-slots';
import { t, type MessageKey } from '../extension/i18n';
import {
  INVITE_LOG_LIMIT,
  safeConversationUrl,
  setOutcome,
  updateReminders,
  weeklyProgress,
  type FollowUpSettings,
  type InviteLogEntry,
  type InviteOutcome,
} from '../core/invite-log';
import { calendarEventIcs } from '../core/invite-log/ics-event';
import { SITES } from '../page/sites';
import type { StorageStore } from '../extension/stores';
import { useStorageStore } from './useStorageStore';
import { saveCalendarFile } from './save-file';

const OUTCOME_LABEL: Record<InviteOutcome, MessageKey> = {
  waiting: 'outcomeWaiting',
  yes: 'outcomeYes',
  no: 'outcomeNo',
  'no-reply': 'outcomeNoReply',
};

export interface InvitesSectionProps {
  log: StorageStore<InviteLogEntry[]>;
  followUps: StorageStore<FollowUpSettings>;
  timeZone: string;
  /** Fewer controls, for the popover. */
  compact?: boolean;
  now?: () => Date;
  /** Saves a file on the device: "Add to calendar". */
  download?: (name: string, text: string) => void;
}

/** Monday-first weeks in the person's zone. */
export function weekStartIn(timeZone: string): (date: Date) => Date {
  return (date) => new Date(startOfWeek(new TZDate(date, timeZone), { weekStartsOn: 1 }).getTime());
}

/** The invite log: each invite's state, its outcome with undo, reminders, and the weekly goal. */
export function InvitesSection({
  log,
  followUps,
  timeZone,
  compact = false,
  now = () => new Date(),
  download = saveCalendarFile,
}: InvitesSectionProps): ReactElement {
  const { value: entries, save } = useStorageStore(log);
  const { value: settings, save: saveSettings } = useStorageStore(followUps);
  const [undo, setUndo] = useState<InviteLogEntry[] | null>(null);
  const [status, setStatus] = useState('');
  const [choosing, setChoosing] = useState<string | null>(null);

  const apply = async (change: { log: InviteLogEntry[]; undo: InviteLogEntry[] }, message = '') => {
    await save(change.log);
    setUndo(change.undo);
    setStatus(`${t('changed')}${message}`);
  };

  const mark = (entry: InviteLogEntry, outcome: InviteOutcome, picked: InviteLogEntry['offered'][number] | null = null) => {
    setChoosing(null);
    const slot = picked ? { start: new Date(picked.start), end: new Date(picked.end) } : null;
    void apply(setOutcome(entries, entry.id, outcome, now(), slot), outcome === 'no' || outcome === 'no-reply' ? t('inviteSomeoneElse') : '');
  };

  const progress = weeklyProgress(entries, now(), settings.weeklyGoal, weekStartIn(timeZone));
  const time = (span: { start: string; end: string }) =>
    formatSlot({ start: new Date(span.start), end: new Date(span.end) }, { now: now(), timeZone });
  const shown = compact ? entries.filter((entry) => entry.outcome === 'waiting').slice(0, 3) : entries;

  return (
    <div className="invites">
      <p data-testid="week-progress">
        {t('weekProgress', String(progress.sent), String(progress.goal))}
        {progress.streakWeeks > 1 ? ` · ${t('streak', String(progress.streakWeeks))}` : ''}
      </p>
      {entries.length === 0 && !compact && <p className="muted">{t('inviteLogEmpty')}</p>}
      <ul className="invite-log" aria-label={t('inviteLogHeading')}>
        {shown.map((entry) => {
          const who = entry.recipient ?? t('inviteSomeone');
          const site = SITES.find((candidate) => candidate.id === entry.site)?.label ?? '';
          const url = safeConversationUrl(entry);
          return (
            <li key={entry.id} data-testid="invite" data-outcome={entry.outcome}>
              <div className="row">
                <strong>{who}</strong>
                <span className="muted">{[site, t('sentOn', new Date(entry.sentAt).toLocaleDateString())].filter(Boolean).join(' · ')}</span>
                <span className={`outcome ${entry.outcome}`}>{t(OUTCOME_LABEL[entry.outcome])}</span>
              </div>
              <p className="muted">
                {entry.outcome === 'yes' && entry.picked ? time(entry.picked) : entry.offered.map(time).join(', ')}
              </p>
              <div className="row actions">
                {entry.outcome === 'waiting' && (
                  <>
                    <button type="button" onClick={() => setChoosing(entry.id)} aria-expanded={choosing === entry.id}>
                      {t('markYes')}
                    </button>
                    <button type="button" onClick={() => mark(entry, 'no')}>
                      {t('markNo')}
                    </button>
                    <button type="button" onClick={() => mark(entry, 'no-reply')}>
                      {t('markNoReply')}
                    </button>
                  </>
                )}
                {entry.outcome === 'yes' && entry.picked && (
                  <button
                    type="button"
                    onClick={() =>
                      download(
                        'someday-invite.ics',
                        calendarEventIcs({
                          uid: `${entry.id}@someday`,
                          slot: { start: new Date(entry.picked!.start), end: new Date(entry.picked!.end) },
                          summary: entry.recipient ? `${entry.activity} · ${entry.recipient}` : entry.activity,
                          now: now(),
                        }),
                      )
                    }
                  >
                    {t('addToCalendar')}
                  </button>
                )}
                {url && (
                  <a href={url} target="_blank" rel="noreferrer noopener">
                    {t('openConversation')}
                  </a>
                )}
                {entry.outcome === 'waiting' && !compact && !entry.reminders.stopped && (
                  <>
                    <button
                      type="button"
                      onClick={() =>
                        void apply(
                          updateReminders(entries, entry.id, { snoozedUntil: new Date(now().getTime() + 2 * 86_400_000).toISOString() }),
                        )
                      }
                    >
                      {t('snoozeReminder')}
                    </button>
                    <button type="button" onClick={() => void apply(updateReminders(entries, entry.id, { stopped: true }))}>
                      {t('stopReminding')}
                    </button>
                  </>
                )}
              </div>
              {choosing === entry.id && (
                <fieldset className="pick-time">
                  <legend>{t('whichTime')}</legend>
                  {entry.offered.map((span) => (
                    <button key={span.start} type="button" onClick={() => mark(entry, 'yes', span)}>
                      {time(span)}
                    </button>
                  ))}
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
      <p className="status" aria-live="polite">
        {status}
        {undo && (
          <button
            type="button"
            className="link"
            onClick={() => {
              void save(undo);
              setUndo(null);
              setStatus('');
            }}
          >
            {t('undo')}
          </button>
        )}
      </p>
      {!compact && (
        <>
          <p className="muted">{t('inviteLogLimit', String(INVITE_LOG_LIMIT))}</p>
          {entries.length > 0 && (
            <button type="button" onClick={() => void apply({ log: [], undo: entries }, t('cleared'))}>
              {t('clearLog')}
            </button>
          )}
          <h3>{t('followUpsHeading')}</h3>
          <div className="field">
            <label htmlFor="follow-up-days">{t('followUpDays')}</label>
            <input
              id="follow-up-days"
              type="number"
              min={1}
              max={30}
              value={settings.followUpDays}
              onChange={(event) => {
                const days = Math.round(Number(event.target.value));
                if (days >= 1 && days <= 30) void saveSettings({ ...settings, followUpDays: days });
              }}
            />
            <label htmlFor="weekly-goal">{t('weeklyGoal')}</label>
            <input
              id="weekly-goal"
              type="number"
              min={0}
              max={50}
              value={settings.weeklyGoal}
              onChange={(event) => {
                const goal = Math.round(Number(event.target.value));
                if (goal >= 0 && goal <= 50) void saveSettings({ ...settings, weeklyGoal: goal });
              }}
            />
          </div>
          <fieldset className="offered-times">
            <legend>{t('offeredTimesLabel')}</legend>
            {(['mark', 'leave-out'] as const).map((choice) => (
              <label className="switch" key={choice}>
                <input
                  type="radio"
                  name="offered-times"
                  value={choice}
                  checked={settings.offeredTimes === choice}
                  onChange={() => void saveSettings({ ...settings, offeredTimes: choice })}
                />
                {t(choice === 'mark' ? 'offeredTimesMark' : 'offeredTimesLeaveOut')}
              </label>
            ))}
          </fieldset>
          <label className="switch">
            <input
              type="checkbox"
              checked={settings.reminders}
              onChange={(event) => void saveSettings({ ...settings, reminders: event.target.checked })}
            />
            {t('remindersOn')}
          </label>
        </>
      )}
    </div>
  );
}
