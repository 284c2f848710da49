import { createRoot } from 'react-dom/client';
import {
  createAvailabilityStore,
  createCalendarSettingsStore,
  createCalendarsStore,
  createSettingsStore,
  createWordingStore,
} from '../../utils/stores';
import { createFollowUpSettingsStore, createInviteLogStore } from '../../utils/invites';
import '../../components/page.css';
import { OptionsPage } from './OptionsPage';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <OptionsPage
      availability={createAvailabilityStore()}
      settings={createSettingsStore()}
      calendars={createCalendarsStore()}
      calendarSettings={createCalendarSettingsStore()}
      wording={createWordingStore()}
      inviteLog={createInviteLogStore()}
      followUps={createFollowUpSettingsStore()}
    />,
  );
}
