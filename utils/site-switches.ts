/** Someday on or off, everywhere and per site: the switches on the options page and the popover. */
import { z } from 'zod';
import type { SiteId } from './sites';

const siteIdSchema = z.enum(['facebook', 'messenger', 'x', 'linkedin']);
// Fails to compile if the schema names a site SiteId does not have.
siteIdSchema satisfies z.ZodType<SiteId>;

export const settingsSchema = z.object({
  enabled: z.boolean(),
  disabledSites: z.array(siteIdSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return { enabled: true, disabledSites: [] };
}

export function isSiteEnabled(settings: Settings, site: SiteId | null): boolean {
  if (!settings.enabled) return false;
  return site === null || !settings.disabledSites.includes(site);
}
