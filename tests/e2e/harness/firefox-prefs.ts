/**
 * Preferences for the Firefox test profile. The machine has no internet: every background service that
 * would try to reach Mozilla (updates, telemetry, remote settings, captive portal, safe browsing,
 * add-on metadata) is switched off so runs are quiet and do not wait on timeouts. puppeteer's own
 * profile defaults already cover part of this; these fill the rest.
 */
import type { LaunchOptions } from './types';

export function firefoxPrefs(geckoId: string, uuid: string, options: LaunchOptions = {}): Record<string, unknown> {
  const { lang } = options;
  return {
    // A fixed internal UUID gives the extension's pages a known moz-extension:// address.
    // (An empty UUID here silently stops the content script: always give a real one.)
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    'xpinstall.signatures.required': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.usage.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.discovery.enabled': false,
    'services.settings.server': 'data:,#remote-settings-disabled',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'geo.provider.network.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-manager.url': '',
    'identity.fxaccounts.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'doh-rollout.disable-heuristics': true,
    'network.trr.mode': 5,
    ...(lang ? { 'intl.locale.requested': lang, 'intl.accept_languages': lang } : {}),
  };
}
