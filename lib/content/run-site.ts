import type { SiteAdapter } from '@/lib/sites/types';

// PLACEHOLDER so the build works in the `sites` branch: the lead's live engine in main replaces this file.
export function runSite(ctx: unknown, adapter: SiteAdapter): void {
  void ctx;
  void adapter;
}
