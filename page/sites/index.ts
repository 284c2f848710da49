/**
 * The sites Someday runs on, each declared once by its adapter: its name, its hosts, its boxes and
 * their editors. The manifest's matches and the popup's site switches derive from this table, which
 * is keyed by the ids in core/site-ids.ts (the stored site list's schema reads those, from core/); a
 * new site is its id there, one adapter file and one entry here.
 */
import { SITE_IDS } from '../../core/site-ids';
import { facebookAdapter } from './facebook';
import { linkedInAdapter } from './linkedin';
import { genericAdapter, matchPatterns } from './shared';
import type { PageAdapter, SiteAdapter, SiteId } from './types';
import { xAdapter } from './x';

export type { BoxContext, PageAdapter, SiteAdapter, SiteId, Surface } from './types';
export { SITE_IDS, isSiteId } from '../../core/site-ids';

// A Record, so the type checker names a SiteId without an adapter.
const ADAPTERS: { readonly [id in SiteId]: SiteAdapter & { site: id } } = {
  facebook: facebookAdapter,
  x: xAdapter,
  linkedin: linkedInAdapter,
};

export interface SiteInfo {
  id: SiteId;
  label: string;
  /** Match patterns for the content script and the popup's site switch. */
  matches: string[];
}

export const SITES: readonly SiteInfo[] = SITE_IDS.map((id) => ({
  id,
  label: ADAPTERS[id].label,
  matches: matchPatterns(ADAPTERS[id].hostSuffixes),
}));

export const SITE_MATCHES: string[] = SITES.flatMap((site) => site.matches);

/** Which supported site a hostname belongs to, or null for any other host (such as the demo page). */
export function siteForHostname(hostname: string): SiteId | null {
  const host = hostname.toLowerCase();
  for (const id of SITE_IDS) {
    if (ADAPTERS[id].hostSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return id;
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
export function adapterForHostname(hostname: string): PageAdapter {
  const site = siteForHostname(hostname);
  return site ? ADAPTERS[site] : genericAdapter;
}
