import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { googleMaps } from '@/lib/sites/google-maps';

export default defineContentScript({
  matches: [...googleMaps.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, googleMaps),
});
