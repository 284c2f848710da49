/** Someday on or off, everywhere and per site: the switches on the options page and the popover. */
import { z } from 'zod';
import { SITE_IDS, isSiteId, type SiteId } from './site-ids';

// The site list is core/site-ids.ts, which the adapters (page/sites) are keyed by: a new site needs no edit here.
const siteIdSchema = z.enum(SITE_IDS);

export const settingsSchema = z.object({
  enabled: z.boolean(),
  disabledSites: z.array(siteIdSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return { enabled: true, disabledSites: [] };
}

/**
 * Version 2: messenger.com closed in April 2026 and sends people to facebook.com/messages, so its
 * switch went away; the other switches stay as the person set them.
 */
export const settingsMigrations = {
  2: (old: { disabledSites?: unknown } & Record<string, unknown>) => ({
    ...old,
    disabledSites: Array.isArray(old.disabledSites) ? old.disabledSites.filter(isSiteId) : old.disabledSites,
  }),
};

export function isSiteEnabled(settings: Settings, site: SiteId | null): boolean {
  if (!settings.enabled) return false;
  return site === null || !settings.disabledSites.includes(site);
}
