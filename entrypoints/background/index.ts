import { defineBackground } from 'wxt/utils/define-background';
import { registerFollowUpHandlers } from '@/lib/followups/alarms';
import { registerBadge } from './badge';
import { registerExtraSiteSync } from './extra-sites';
import { registerMessageHandlers } from './handlers';
import { registerOnboarding, registerPanelBehaviour } from './panel';
import { registerReplyBoxHandlers } from './reply-box';
import { registerScanMenu } from './scan-menu';
import { startUp } from './start-up';
import { refreshTabs } from './tab-items';

// The service worker only wires listeners, synchronously at start-up so that events
// that woke it are not missed. It keeps no state in memory that must survive it being
// stopped: tab state lives in storage.session, the log in IndexedDB, alarms in Chrome.
// Start-up work that the first page's labels do not need waits until they are answered (start-up.ts).
export default defineBackground({
  // A classic worker: WXT bundles it into one file (3.4 MB) instead of an ES module importing seven
  // shared chunks, which a starting browser fetched and compiled one level at a time (traced: 280-740
  // ms from the worker's start to its first module's code, 170-290 ms as one script).
  main() {
    registerPanelBehaviour();
    registerOnboarding();
    registerMessageHandlers();
    registerReplyBoxHandlers();
    registerFollowUpHandlers();
    registerExtraSiteSync();
    registerScanMenu();
    registerBadge(() => refreshTabs());
    // The settings are read at once; the rest of start-up (the warm-up too) waits for the first labels.
    startUp();
  },
});
