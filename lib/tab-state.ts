import { z } from 'zod';
import { DiagnosticsSchema, LabelledItemSchema } from '@/lib/messaging/protocol';

/**
 * What the side panel shows for one tab, kept in storage.session by the
 * background: it survives the service worker being stopped, not the browser.
 */
export const TabStateSchema = z.object({
  tabId: z.number(),
  pageUrl: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  items: z.array(LabelledItemSchema),
  diagnostics: DiagnosticsSchema.optional(),
  /** Item the user picked from a badge, shown first in the panel. */
  selectedItemId: z.string().optional(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const tabStateKey = (tabId: number) => `tab:${tabId}`;

export function parseTabState(value: unknown): TabState | undefined {
  const parsed = TabStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
