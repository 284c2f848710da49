import { useMemo, type ReactElement } from 'react';
import { AvailabilityEditor } from '../../components/AvailabilityEditor';
import { BackupSection } from '../../components/BackupSection';
import { CalendarsSection } from '../../components/CalendarsSection';
import { InvitesSection } from '../../components/InvitesSection';
import { PrivacySection } from '../../components/PrivacySection';
import { useStorageStore } from '../../components/useStorageStore';
import { WordingSection } from '../../components/WordingSection';
import { t, type MessageKey } from '../../extension/i18n';
import { SITES } from '../../page/sites';
import { effectiveTimeZone, type AvailabilitySettings } from '../../core/availability-settings';
import { defaultFollowUpSettings, type FollowUpSettings, type InviteLogEntry } from '../../core/invite-log';
import type { Settings } from '../../core/site-switches';
import type { CalendarSettings, StoredCalendar } from '../../core/stored-calendars';
import { staticStore, type StorageStore } from '../../extension/stores';
import { defaultWording, type WordingSettings } from '../../core/templates';

export interface OptionsPageProps {
  availability: StorageStore<AvailabilitySettings>;
  settings: StorageStore<Settings>;
  calendars: StorageStore<StoredCalendar[]>;
  calendarSettings: StorageStore<CalendarSettings>;
  /** Optional so older callers (tests) still render; the page then edits the defaults only. */
  wording?: StorageStore<WordingSettings>;
  inviteLog?: StorageStore<InviteLogEntry[]>;
  followUps?: StorageStore<FollowUpSettings>;
  now?: () => Date;
}

const SECTIONS: ReadonlyArray<{ id: string; label: MessageKey }> = [
  { id: 'availability', label: 'optionsNavAvailability' },
  { id: 'calendars', label: 'optionsNavCalendars' },
  { id: 'wording', label: 'optionsNavWording' },
  { id: 'invites', label: 'inviteLogHeading' },
  { id: 'sites', label: 'optionsNavSites' },
  { id: 'privacy', label: 'optionsNavPrivacy' },
  { id: 'backup', label: 'optionsNavBackup' },
];

const fallbackWording = staticStore(defaultWording());
const fallbackLog = staticStore<InviteLogEntry[]>([]);
const fallbackFollowUps = staticStore(defaultFollowUpSettings());

export function OptionsPage({
  availability,
  settings,
  calendars,
  calendarSettings,
  wording = fallbackWording,
  inviteLog = fallbackLog,
  followUps = fallbackFollowUps,
  now,
}: OptionsPageProps): ReactElement {
  const times = useStorageStore(availability);
  const switches = useStorageStore(settings);
  const words = useStorageStore(wording);
  const stored = useStorageStore(calendars);
  const log = useStorageStore(inviteLog);
  const followUpSettings = useStorageStore(followUps);
  // The preview plans from the same stored inputs as the card: calendars and the invite log included.
  const planner = useMemo(
    () => ({ availability: times.value, calendars: stored.value, inviteLog: log.value, followUps: followUpSettings.value }),
    [times.value, stored.value, log.value, followUpSettings.value],
  );
  const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <main className="options">
      <h1>{t('extName')}</h1>
      <p className="muted">{t('optionsIntro')}</p>
      <nav aria-label={t('optionsNavLabel')} className="options-nav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.label)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="availability" aria-labelledby="availability-heading">
        <h2 id="availability-heading">{t('optionsNavAvailability')}</h2>
        {times.loaded && <AvailabilityEditor value={times.value} onSave={times.save} browserTimeZone={browserTimeZone} />}
      </section>

      <section id="calendars" aria-labelledby="calendars-heading">
        <h2 id="calendars-heading">{t('optionsNavCalendars')}</h2>
        <CalendarsSection calendars={calendars} settings={calendarSettings} />
      </section>

      <section id="wording" aria-labelledby="wording-heading">
        <h2 id="wording-heading">{t('optionsNavWording')}</h2>
        {words.loaded && times.loaded && (
          <WordingSection wording={words.value} onSave={words.save} planner={planner} now={now} />
        )}
      </section>

      <section id="invites" aria-labelledby="invites-heading">
        <h2 id="invites-heading">{t('inviteLogHeading')}</h2>
        <InvitesSection log={inviteLog} followUps={followUps} timeZone={effectiveTimeZone(times.value)} now={now} />
      </section>

      <section id="sites" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsNavSites')}</h2>
        <label className="switch">
          <input
            type="checkbox"
            checked={switches.value.enabled}
            onChange={(event) => void switches.save({ ...switches.value, enabled: event.target.checked })}
          />
          {t('optionsEnabled')}
        </label>
        {SITES.map((site) => (
          <label className="switch" key={site.id}>
            <input
              type="checkbox"
              disabled={!switches.value.enabled}
              checked={!switches.value.disabledSites.includes(site.id)}
              onChange={(event) =>
                void switches.save({
                  ...switches.value,
                  disabledSites: event.target.checked
                    ? switches.value.disabledSites.filter((id) => id !== site.id)
                    : [...switches.value.disabledSites, site.id],
                })
              }
            />
            {site.label}
          </label>
        ))}
      </section>

      <section id="privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('optionsNavPrivacy')}</h2>
        <PrivacySection />
      </section>

      <section id="backup" aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('optionsNavBackup')}</h2>
        <BackupSection />
      </section>
    </main>
  );
}
