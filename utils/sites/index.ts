/** The sites Someday runs on, named once, with what each one means for the invite. */
import { facebookAdapter } from './facebook';
import { linkedInAdapter } from './linkedin';
import { genericAdapter } from './shared';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export type { BoxContext, SiteAdapter, Surface } from './types';

export type SiteId = 'facebook' | 'messenger' | 'x' | 'linkedin';

export interface SiteInfo {
  id: SiteId;
  label: string;
  /** Match patterns for the content script and the popup's site switch. */
  matches: string[];
}

export const SITES: readonly SiteInfo[] = [
  { id: 'facebook', label: 'Facebook', matches: ['*://*.facebook.com/*'] },
  { id: 'messenger', label: 'Messenger', matches: ['*://*.messenger.com/*'] },
  { id: 'x', label: 'X (Twitter)', matches: ['*://*.x.com/*', '*://*.twitter.com/*'] },
  { id: 'linkedin', label: 'LinkedIn', matches: ['*://*.linkedin.com/*'] },
];

export const SITE_MATCHES: string[] = SITES.flatMap((site) => site.matches);

const HOST_SUFFIXES: ReadonlyArray<readonly [string, SiteId]> = [
  ['facebook.com', 'facebook'],
  ['messenger.com', 'messenger'],
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['linkedin.com', 'linkedin'],
];

/** Which supported site a hostname belongs to, or null for any other host (such as the demo page). */
export function siteForHostname(hostname: string): SiteId | null {
  const host = hostname.toLowerCase();
  for (const [suffix, id] of HOST_SUFFIXES) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return id;
  }
  return null;
}

export function siteForUrl(url: string | undefined): SiteId | null {
  if (!url) return null;
  try {
    return siteForHostname(new URL(url).hostname);
  } catch {
    return null;
  }
}

/** The adapter for a page: the site's own, or the generic one on any other host. */
export function adapterForHostname(hostname: string): SiteAdapter {
  const site = siteForHostname(hostname);
  switch (site) {
    case 'facebook':
    case 'messenger':
      return facebookAdapter(site);
    case 'x':
      return xAdapter;
    case 'linkedin':
      return linkedInAdapter;
    default:
      return genericAdapter;
  }
}
