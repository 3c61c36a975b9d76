// The one list is DEFAULT_SITE_OPTIONS (./sites.ts, from the registry); this name stays only for
// entrypoints/options/pages (Settings, Welcome), which import it and are outside this change.
export { DEFAULT_SITE_OPTIONS as REGISTERED_SITE_OPTIONS } from './sites';
