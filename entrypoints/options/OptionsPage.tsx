import type { ReactElement } from 'react';
import { AvailabilityEditor } from '../../components/AvailabilityEditor';
import { CalendarsSection } from '../../components/CalendarsSection';
import { useStorageStore } from '../../components/useStorageStore';
import { SITES } from '../../utils/sites';
import type { AvailabilitySettings, CalendarSettings, Settings, StoredCalendar } from '../../utils/storage';
import type { StorageStore } from '../../utils/stores';

export interface OptionsPageProps {
  availability: StorageStore<AvailabilitySettings>;
  settings: StorageStore<Settings>;
  calendars: StorageStore<StoredCalendar[]>;
  calendarSettings: StorageStore<CalendarSettings>;
}

export function OptionsPage({ availability, settings, calendars, calendarSettings }: OptionsPageProps): ReactElement {
  const times = useStorageStore(availability);
  const switches = useStorageStore(settings);
  const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <main className="options">
      <h1>Someday</h1>
      <p className="muted">
        When you write “we should hang out sometime”, Someday offers to turn it into an invite with the times below.
        Everything stays in this browser.
      </p>

      <section aria-labelledby="availability-heading">
        <h2 id="availability-heading">When you are free</h2>
        {times.loaded && (
          <AvailabilityEditor value={times.value} onSave={times.save} browserTimeZone={browserTimeZone} />
        )}
      </section>

      <section aria-labelledby="calendars-heading">
        <h2 id="calendars-heading">Calendars</h2>
        <CalendarsSection calendars={calendars} settings={calendarSettings} />
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        <label className="switch">
          <input
            type="checkbox"
            checked={switches.value.enabled}
            onChange={(event) => void switches.save({ ...switches.value, enabled: event.target.checked })}
          />
          Someday is on
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
    </main>
  );
}
