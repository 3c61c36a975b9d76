import { existsSync } from 'node:fs';

/** Firefox from FIREFOX_PATH or Debian's firefox-esr; a clear failure (never a silent pass) when absent. */
export function firefoxPath(): string {
  const candidate = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(candidate)) {
    throw new Error(
      `Firefox was not found at ${candidate}. Install Debian's package (sudo apt-get install firefox-esr) ` +
        'or set FIREFOX_PATH to a Firefox binary, then run the tests again.',
    );
  }
  return candidate;
}

/**
 * Prefs for every Firefox the tests start: all traffic through one HTTP proxy (the test's,
 * which records every connection attempt), and Firefox's own background services off, so
 * that anything the proxy sees came from a page the test opened or from the extension.
 */
export function quietFirefoxPrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    // Every request, https included, goes through the proxy; nothing bypasses it (not even
    // localhost), and a refused proxy connection never falls back to a direct one.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    // What does not go through an HTTP proxy: DNS over HTTPS, HTTP/3 (UDP), prefetches.
    'network.trr.mode': 5,
    'network.http.http3.enable': false,
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.notify.checkForProxies': false,
    'media.peerconnection.enabled': false,
    // Firefox's own services that phone home.
    'services.settings.server': 'data:,#remote-settings-disabled/v1',
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'nimbus.rsexperimentloader.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'browser.aboutHomeSnippets.updateUrl': '',
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.topsites.contile.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'toolkit.coverage.opt-out': true,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.update.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'browser.translations.enable': false,
    'identity.fxaccounts.enabled': false,
    'dom.push.enabled': false,
    'network.cookie.cookieBehavior': 0,
  };
}
