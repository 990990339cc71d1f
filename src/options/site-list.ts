/** Editing the off-list: pure rules, so the options page and the popup agree on what a site is. */
import { MAX_DISABLED_SITES, normalizeHost } from '../shared/settings';

export type AddSiteError = 'invalid' | 'duplicate' | 'full';
export type AddSiteResult = { readonly ok: true; readonly sites: readonly string[]; readonly host: string } | { readonly ok: false; readonly error: AddSiteError };

/** Adds what the user typed (a host name or a URL) to the list, or says why not. */
export function addSite(sites: readonly string[], input: string): AddSiteResult {
  const host = normalizeHost(input);
  if (host === null) return { ok: false, error: 'invalid' };
  if (sites.includes(host)) return { ok: false, error: 'duplicate' };
  if (sites.length >= MAX_DISABLED_SITES) return { ok: false, error: 'full' };
  return { ok: true, sites: [...sites, host].sort(), host };
}

export const removeSite = (sites: readonly string[], host: string): readonly string[] => sites.filter((s) => s !== host);
