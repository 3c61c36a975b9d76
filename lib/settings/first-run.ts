import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * Set by the welcome page when the user finishes it: the side panel then opens one
 * demo item with the three-step guide (pick, insert, post yourself) until dismissed.
 */
export const firstRunGuideItem = storage.defineItem<unknown>('local:firstRunGuide', { fallback: false });

/** The stored flag, checked: anything but `true` means no guide. */
export function parseGuideFlag(value: unknown): boolean {
  return z.literal(true).safeParse(value).success;
}
