import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { siteForUrl } from '../../utils/sites';
import {
  createAvailabilityStore,
  createCalendarsStore,
  createSettingsStore,
  createSnoozeStore,
  createWordingStore,
} from '../../utils/stores';
import { createFollowUpSettingsStore, createInviteLogStore } from '../../utils/invites';
import '../../components/page.css';
import { Popover } from './Popover';

async function main() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <Popover
      settings={createSettingsStore()}
      availability={createAvailabilityStore()}
      calendars={createCalendarsStore()}
      wording={createWordingStore()}
      snooze={createSnoozeStore()}
      inviteLog={createInviteLogStore()}
      followUps={createFollowUpSettingsStore()}
      lang={browser.i18n.getUILanguage()}
      site={siteForUrl(tab?.url)}
      openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />,
  );
}

void main();
