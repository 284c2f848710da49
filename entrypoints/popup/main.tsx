import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { siteForUrl } from '../../page/sites';
import { openStore } from '../../extension/stores';
import '../../components/page.css';
import { Popover } from './Popover';

async function main() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <Popover
      settings={openStore('settings')}
      availability={openStore('availability')}
      calendars={openStore('calendars')}
      wording={openStore('wording')}
      snooze={openStore('snooze')}
      inviteLog={openStore('inviteLog')}
      followUps={openStore('followUps')}
      lang={browser.i18n.getUILanguage()}
      site={siteForUrl(tab?.url)}
      openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />,
  );
}

void main();
