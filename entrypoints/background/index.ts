import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from './handlers';
import { registerPanelBehaviour } from './panel';

// The service worker only wires listeners; it keeps no state in memory that must
// survive it being stopped (tab state lives in storage.session, the log in IndexedDB).
export default defineBackground({
  type: 'module',
  main() {
    registerPanelBehaviour();
    registerMessageHandlers();
  },
});
