import { useMemo, useState, type ReactElement } from 'react';
import { useStorageStore } from '../../components/useStorageStore';
import { formatSlot } from '../../utils/format-slots';
import { planInvite } from '../../utils/plan';
import { SITES, type SiteId } from '../../utils/sites';
import type { AvailabilitySettings, Settings, StoredCalendar } from '../../utils/storage';
import { busyFromCalendars, staticStore, type StorageStore } from '../../utils/stores';

export interface PopoverProps {
  settings: StorageStore<Settings>;
  availability: StorageStore<AvailabilitySettings>;
  /** Busy times from the person's calendars; none when left out. */
  calendars?: StorageStore<StoredCalendar[]>;
  /** The supported site in the current tab, if any. */
  site: SiteId | null;
  openOptions: () => void;
  /** The clock, for tests. */
  now?: () => Date;
}

const NO_CALENDARS = staticStore<StoredCalendar[]>([]);

export function Popover({
  settings,
  availability,
  calendars = NO_CALENDARS,
  site,
  openOptions,
  now = () => new Date(),
}: PopoverProps): ReactElement {
  const { value: switches, save: saveSwitches } = useStorageStore(settings);
  const { value: times } = useStorageStore(availability);
  const [copyStatus, setCopyStatus] = useState('');
  const { value: stored } = useStorageStore(calendars);
  const plan = useMemo(
    () => planInvite({ mode: 'social', availability: times, now: now(), busy: busyFromCalendars(stored) }),
    [times, stored, now],
  );
  const siteLabel = SITES.find((candidate) => candidate.id === site)?.label;
  const siteOn = site !== null && !switches.disabledSites.includes(site);

  const copyInvite = async () => {
    if (!plan.invite) return;
    try {
      await navigator.clipboard.writeText(plan.invite);
      setCopyStatus('Invite copied. Paste it into any conversation.');
    } catch {
      setCopyStatus('Could not reach the clipboard. Select the invite above and copy it.');
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
          <span>{switches.enabled ? 'On' : 'Off'}</span>
        </label>
      </header>

      {siteLabel && site && (
        <label className="switch row">
          <span>Suggest invites on {siteLabel}</span>
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

      <section aria-labelledby="next-times">
        <h2 id="next-times">Your next free times</h2>
        {plan.slots.length === 0 ? (
          <p className="muted">No free time in the next {times.horizonDays} days.</p>
        ) : (
          <ul className="times" data-testid="next-times">
            {plan.slots.map((slot) => (
              <li key={slot.start.toISOString()}>{formatSlot(slot, { now: now(), timeZone: plan.timeZone })}</li>
            ))}
          </ul>
        )}
        {plan.invite && <p className="invite" data-testid="popover-invite">{plan.invite}</p>}
      </section>

      <div className="row actions">
        <button type="button" className="primary" disabled={!plan.invite} onClick={() => void copyInvite()}>
          Copy invite
        </button>
        <button type="button" onClick={openOptions}>
          Edit availability
        </button>
      </div>
      <p className="status" role="status">
        {copyStatus}
      </p>
    </main>
  );
}
