import { useMemo, useState, type ReactElement } from 'react';
import { InvitesSection } from '../../components/InvitesSection';
import { useStorageStore } from '../../components/useStorageStore';
import { TimeChips } from '../../components/TimeChips';
import { t } from '../../extension/i18n';
import { excludeOfferedTimes, listActivities } from '../../core/plan';
import { planFromStorage, reachNote, timesFromPlan } from '../../extension/plan-from-storage';
import { SITES, type SiteId } from '../../page/sites';
import type { AvailabilitySettings } from '../../core/availability-settings';
import { defaultFollowUpSettings, type FollowUpSettings, type InviteLogEntry } from '../../core/invite-log';
import type { Settings } from '../../core/site-switches';
import { defaultSnooze, snoozeForAnHour, type Snooze } from '../../core/snooze';
import type { StoredCalendar } from '../../core/stored-calendars';
import { staticStore, type StorageStore } from '../../extension/stores';
import { defaultWording, type WordingSettings } from '../../core/templates';

export interface PopoverProps {
  settings: StorageStore<Settings>;
  availability: StorageStore<AvailabilitySettings>;
  /** Busy times from the person's calendars; none when left out. */
  calendars?: StorageStore<StoredCalendar[]>;
  /** The person's invite wording and activities; the defaults when left out. */
  wording?: StorageStore<WordingSettings>;
  snooze?: StorageStore<Snooze>;
  /** Invites sent and how they went, with the week's progress. */
  inviteLog?: StorageStore<InviteLogEntry[]>;
  followUps?: StorageStore<FollowUpSettings>;
  /** The supported site in the current tab, if any. */
  site: SiteId | null;
  openOptions: () => void;
  /** The language invites are written in; the browser's by default. */
  lang?: string;
  /** The clock, for tests. */
  now?: () => Date;
}

const NO_CALENDARS = staticStore<StoredCalendar[]>([]);
const DEFAULT_WORDING = staticStore<WordingSettings>(defaultWording());
const NO_SNOOZE = staticStore<Snooze>(defaultSnooze());
const NO_INVITES = staticStore<InviteLogEntry[]>([]);
const DEFAULT_FOLLOW_UPS = staticStore<FollowUpSettings>(defaultFollowUpSettings());

export function Popover({
  settings,
  availability,
  calendars = NO_CALENDARS,
  wording = DEFAULT_WORDING,
  snooze = NO_SNOOZE,
  inviteLog = NO_INVITES,
  followUps = DEFAULT_FOLLOW_UPS,
  site,
  openOptions,
  lang = navigator.language,
  now = () => new Date(),
}: PopoverProps): ReactElement {
  const { value: switches, save: saveSwitches } = useStorageStore(settings);
  const { value: times } = useStorageStore(availability);
  const { value: words } = useStorageStore(wording);
  const { value: snoozed, save: saveSnooze } = useStorageStore(snooze);
  const { value: invites } = useStorageStore(inviteLog);
  const { value: followUpSettings } = useStorageStore(followUps);
  const { value: stored } = useStorageStore(calendars);
  const [copyStatus, setCopyStatus] = useState('');
  const [activityId, setActivityId] = useState<string | null>(null);
  /** Times switched off here; null until a chip is touched (the plan's default). */
  const [excluded, setExcluded] = useState<string[] | null>(null);
  const activities = useMemo(() => listActivities(words, lang), [words, lang]);
  const plan = useMemo(
    () =>
      planFromStorage(
        { availability: times, calendars: stored, inviteLog: invites, followUps: followUpSettings, wording: words },
        { mode: 'social', now: now(), lang, activityId: activityId ?? undefined, excludedSlots: excluded },
      ),
    [times, words, stored, invites, followUpSettings, now, lang, activityId, excluded],
  );
  const note = reachNote(plan);
  const siteLabel = SITES.find((candidate) => candidate.id === site)?.label;
  const siteOn = site !== null && !switches.disabledSites.includes(site);
  const at = now();
  const snoozedUntil = snoozed.until > at.getTime() ? new Date(snoozed.until) : null;

  const copyInvite = async () => {
    if (!plan.invite) return;
    try {
      await navigator.clipboard.writeText(plan.invite);
      setCopyStatus(t('popupCopied'));
    } catch {
      setCopyStatus(t('popupCopyFailed'));
    }
  };

  return (
    <main className="popover">
      <header className="row">
        <h1>Someday</h1>
        <label className="switch">
          <input
            type="checkbox"
            checked={switches.enabled}
            onChange={(event) => void saveSwitches({ ...switches, enabled: event.target.checked })}
          />
          <span>{switches.enabled ? t('popupOn') : t('popupOff')}</span>
        </label>
      </header>

      {siteLabel && site && (
        <label className="switch row">
          <span>{t('popupSiteSwitch', siteLabel)}</span>
          <input
            type="checkbox"
            checked={siteOn}
            disabled={!switches.enabled}
            onChange={(event) =>
              void saveSwitches({
                ...switches,
                disabledSites: event.target.checked
                  ? switches.disabledSites.filter((id) => id !== site)
                  : [...switches.disabledSites, site],
              })
            }
          />
        </label>
      )}

      <div className="row snooze">
        {snoozedUntil ? (
          <>
            <span className="muted" data-testid="snoozed-until">
              {t(
                'popupSnoozedUntil',
                snoozedUntil.toLocaleTimeString(lang, { hour: 'numeric', minute: '2-digit', timeZone: plan.timeZone }),
              )}
            </span>
            <button type="button" onClick={() => void saveSnooze({ ...snoozed, until: 0 })}>
              {t('popupResume')}
            </button>
          </>
        ) : (
          <button
            type="button"
            disabled={!switches.enabled}
            onClick={() => void saveSnooze(snoozeForAnHour(snoozed, now().getTime()))}
          >
            {t('popupSnoozeHour')}
          </button>
        )}
      </div>

      <section aria-labelledby="next-times">
        <h2 id="next-times">{t('popupNextTimes')}</h2>
        {plan.candidates.length === 0 ? (
          <p className="muted">{t('popupNoTimes', String(plan.searchedDays))}</p>
        ) : (
          <div data-testid="next-times">
            <TimeChips
              times={timesFromPlan(plan, at)}
              onToggle={(id) => {
                const current = excluded ?? plan.excluded;
                setExcluded(current.includes(id) ? current.filter((start) => start !== id) : [...current, id]);
              }}
              onLeaveOutOffered={(leaveOut) => setExcluded(excludeOfferedTimes(plan, leaveOut))}
            />
          </div>
        )}
        {note && (
          <p className="muted" role="status">
            {note}
          </p>
        )}
        <label className="row activity">
          <span>{t('popupActivity')}</span>
          <select value={plan.activity.id} onChange={(event) => setActivityId(event.target.value)}>
            {activities.map((activity) => (
              <option key={activity.id} value={activity.id}>
                {activity.label}
              </option>
            ))}
          </select>
        </label>
        {plan.invite && (
          <p className="invite" data-testid="popover-invite">
            {plan.invite}
          </p>
        )}
      </section>

      <div className="row actions">
        <button type="button" className="primary" disabled={!plan.invite} onClick={() => void copyInvite()}>
          {t('popupCopy')}
        </button>
        <button type="button" onClick={openOptions}>
          {t('popupEdit')}
        </button>
      </div>
      <p className="status" role="status">
        {copyStatus}
      </p>
      <section aria-labelledby="invites-heading">
        <h2 id="invites-heading">{t('inviteLogHeading')}</h2>
        <InvitesSection log={inviteLog} followUps={followUps} timeZone={plan.timeZone} compact now={now} />
      </section>
    </main>
  );
}
