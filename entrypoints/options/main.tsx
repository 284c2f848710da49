import { createRoot } from 'react-dom/client';
import { openStore } from '../../extension/stores';
import '../../components/page.css';
import { OptionsPage } from './OptionsPage';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <OptionsPage
      availability={openStore('availability')}
      settings={openStore('settings')}
      calendars={openStore('calendars')}
      calendarSettings={openStore('calendarSettings')}
      wording={openStore('wording')}
      inviteLog={openStore('inviteLog')}
      followUps={openStore('followUps')}
    />,
  );
}
