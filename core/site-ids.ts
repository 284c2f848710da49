/**
 * The sites Someday runs on, by id: the one list that the stored site switches (site-switches.ts),
 * the invite log and the site adapters share. Pure data, so the stored things' schemas in core/ need
 * no page code; page/sites keys its adapters by these ids with a Record, so an id without an adapter
 * is a type error. A new site is its id here, its adapter file and its entry in page/sites/index.ts.
 */
export const SITE_IDS = ['facebook', 'x', 'linkedin'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}
