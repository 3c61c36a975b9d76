import { z } from 'zod';
import { EpochMsSchema } from '@/lib/time';
import { DiagnosticsSchema } from '@/lib/messaging/protocol';
import { PanelItemSchema } from '@/lib/panel/status';

/**
 * What the side panel shows for one tab, kept in storage.session by the
 * background: it survives the service worker being stopped, not the browser.
 */
export const TabStateSchema = z.object({
  tabId: z.number(),
  pageUrl: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  /** With their effective tone, family and handled state (lib/panel/status.ts). */
  items: z.array(PanelItemSchema),
  diagnostics: DiagnosticsSchema.optional(),
  /** Item the user picked from a badge, shown first in the panel. */
  selectedItemId: z.string().optional(),
  /** How many older items were left out to keep this tab within its budget (lib/tab-budget). */
  itemsDropped: z.number().int().nonnegative().optional(),
  /** This page's allowance for rows written to the `items` table (lib/tab-budget). */
  writes: z
    .object({
      pageUrl: z.string(),
      recordedOnPage: z.number().int().nonnegative(),
      windowStart: EpochMsSchema,
      recordedInWindow: z.number().int().nonnegative(),
    })
    .optional(),
  updatedAt: EpochMsSchema,
});
export type TabState = z.infer<typeof TabStateSchema>;

export const TAB_STATE_PREFIX = 'tab:';
export const tabStateKey = (tabId: number) => `${TAB_STATE_PREFIX}${tabId}`;

export function parseTabState(value: unknown): TabState | undefined {
  const parsed = TabStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
