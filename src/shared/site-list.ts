/**
 * The off-list's rules, once, for the options page's editor and the popup's switch: what a site is, that
 * a subdomain is covered by its parent, the cap, and the order the list is kept in.
 */
import { MAX_DISABLED_SITES, normalizeHost } from './settings';

export type AddSiteError = 'invalid' | 'duplicate' | 'full';
export type AddSiteResult =
  | { readonly ok: true; readonly sites: readonly string[]; readonly host: string }
  | { readonly ok: false; readonly error: AddSiteError };

/** Whether `site` (an off-list entry) covers `host`: the host itself or a subdomain of it. */
export const covers = (site: string, host: string): boolean => host === site || host.endsWith(`.${site}`);

/** Adds what the user typed (a host name or a URL) to the list, or says why not. */
export function addSite(sites: readonly string[], input: string): AddSiteResult {
  const host = normalizeHost(input);
  if (host === null) return { ok: false, error: 'invalid' };
  if (sites.includes(host)) return { ok: false, error: 'duplicate' };
  if (sites.length >= MAX_DISABLED_SITES) return { ok: false, error: 'full' };
  return { ok: true, sites: [...sites, host].sort(), host };
}

/** Removes one entry, as the options page's list does. */
export const removeSite = (sites: readonly string[], host: string): readonly string[] => sites.filter((s) => s !== host);

/**
 * The list with `host` switched off or back on, as the popup's switch does: switching off adds the host
 * (nothing when an entry covers it already), switching on lifts every entry that covers it, a parent
 * domain included.
 */
export function switchSite(sites: readonly string[], input: string, off: boolean): AddSiteResult {
  const host = normalizeHost(input);
  if (host === null) return { ok: false, error: 'invalid' };
  if (!off) return { ok: true, sites: sites.filter((site) => !covers(site, host)), host };
  if (sites.some((site) => covers(site, host))) return { ok: true, sites, host };
  return addSite(sites, host);
}
