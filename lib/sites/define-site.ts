import { z } from 'zod';
import { EditorKindSchema, ItemKindSchema, SiteIdSchema } from './item';
import type { SiteAdapter } from './types';

const SelectorsSchema = z.array(z.string().min(1).max(500)).min(1).readonly();
const hookSchema = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', 'must be a function');

/** A Chrome match pattern: scheme, host (with an optional leading `*.`), path. */
const MatchPatternSchema = z
  .string()
  .regex(/^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9.-]+)\/.*$/, 'must be a match pattern like https://*.example.com/*');

const OwnerReplyRuleSchema = z.object({
  container: SelectorsSchema,
  author: SelectorsSchema.optional(),
  text: SelectorsSchema,
  time: SelectorsSchema.optional(),
});

export const ItemRuleSchema = z.strictObject({
  kind: ItemKindSchema,
  container: SelectorsSchema,
  excludeContainer: SelectorsSchema.optional(),
  author: SelectorsSchema.optional(),
  authorUrl: SelectorsSchema.optional(),
  text: SelectorsSchema.optional(),
  textSkip: SelectorsSchema.optional(),
  preLine: z.boolean().optional(),
  title: SelectorsSchema.optional(),
  time: SelectorsSchema.optional(),
  rating: SelectorsSchema.optional(),
  ratingMax: z.number().int().min(1).max(10).optional(),
  permalink: SelectorsSchema.optional(),
  id: SelectorsSchema.optional(),
  nestedKind: ItemKindSchema.optional(),
  threadParent: z.strictObject({ ancestor: z.string().min(1), item: z.string().min(1) }).optional(),
  authorPattern: z
    .string()
    .refine((value) => {
      try {
        return new RegExp(value).source.length > 0;
      } catch {
        return false;
      }
    }, 'must be a regular expression')
    .optional(),
  ownerReply: OwnerReplyRuleSchema.optional(),
  isOwnerReply: z.boolean().optional(),
  ownerMarker: z
    .strictObject({
      badge: SelectorsSchema.optional(),
      badgeText: z.array(z.string().min(1)).readonly().optional(),
      postAuthor: SelectorsSchema.optional(),
    })
    .refine((m) => m.badge !== undefined || m.postAuthor !== undefined, 'needs a badge or postAuthor')
    .optional(),
});

export const SiteAdapterSchema = z
  .strictObject({
    id: SiteIdSchema,
    name: z.string().min(1).max(80),
    matches: z.array(MatchPatternSchema).readonly(),
    detect: SelectorsSchema.optional(),
    items: z.array(ItemRuleSchema).readonly(),
    reply: z
      .strictObject({
        open: SelectorsSchema.optional(),
        openText: z.array(z.string().min(1)).readonly().optional(),
        openTextIn: SelectorsSchema.optional(),
        box: SelectorsSchema,
        place: z.enum(['inside', 'after', 'dialog', 'composer']),
        dialog: SelectorsSchema.optional(),
        postComposer: SelectorsSchema.optional(),
        movesOneForm: z.boolean().optional(),
        mention: z.enum(['handle', 'name']).optional(),
        editor: EditorKindSchema,
      })
      .refine((reply) => reply.place !== 'dialog' || reply.dialog !== undefined, { message: "place 'dialog' needs dialog selectors" })
      .optional(),
    repliesElsewhere: z
      .strictObject({
        where: z.string().min(1).max(200),
        url: z.string().url().optional(),
        unlessBoxOnPage: z.boolean().optional(),
      })
      .optional(),
    expectsItems: SelectorsSchema.optional(),
    hooks: z
      .strictObject({
        findContainers: hookSchema.optional(),
        findExtraItems: hookSchema.optional(),
      })
      .optional(),
  })
  .refine((site) => site.matches.length > 0 || site.detect !== undefined || site.id === 'demo', {
    message: 'an adapter needs match patterns or detect selectors',
  })
  .refine((site) => site.items.length > 0 || site.hooks?.findExtraItems !== undefined, {
    message: 'an adapter needs at least one item rule',
  });

/**
 * Declares a site adapter. Types it; the conventions test validates every
 * registered adapter with SiteAdapterSchema (no parsing at import time, so site
 * files stay side-effect free for WXT's build).
 */
export function defineSite<const T extends SiteAdapter>(site: T): T {
  return site;
}

/** Validates an adapter, for tests and for adapters that come from outside the bundle. */
export function validateSite(site: unknown): SiteAdapter {
  return SiteAdapterSchema.parse(site) as SiteAdapter;
}
