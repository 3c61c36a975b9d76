import { defineBackground } from 'wxt/utils/define-background';
import { registerFollowUpHandlers } from '@/lib/followups/alarms';
import { registerBadge } from './badge';
import { registerExtraSiteSync } from './extra-sites';
import { registerMessageHandlers } from './handlers';
import { registerOnboarding, registerPanelBehaviour } from './panel';
import { registerReplyBoxHandlers } from './reply-box';
import { registerScanMenu } from './scan-menu';
import { refreshTabs } from './tab-items';

// The service worker only wires listeners, synchronously at start-up so that events
// that woke it are not missed. It keeps no state in memory that must survive it being
// stopped: tab state lives in storage.session, the log in IndexedDB, alarms in Chrome.
export default defineBackground({
  type: 'module',
  main() {
    registerPanelBehaviour();
    registerOnboarding();
    registerMessageHandlers();
    registerReplyBoxHandlers();
    registerFollowUpHandlers();
    registerExtraSiteSync();
    registerScanMenu();
    registerBadge(() => refreshTabs());
  },
});
