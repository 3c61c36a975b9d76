import { z } from 'zod';
import { ShortcutsSchema } from '@/lib/shortcuts/schema';

const optionalText = (max: number) => z.string().trim().max(max).default('');

const emailSchema = z
  .string()
  .trim()
  .max(254)
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'enter an email like name@example.com')
  .default('');

const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .refine((value) => value === '' || /^\+?[0-9 ().-]{5,}$/.test(value), 'enter digits, spaces, + ( ) - only')
  .default('');

const dmHandleSchema = z
  .string()
  .trim()
  .max(60)
  .refine((value) => value === '' || /^@?[\p{L}\p{N}_.-]{1,59}$/u.test(value), 'enter a handle like @yourbrand')
  .default('');

const httpUrlOrEmpty = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'enter a web address starting with https://')
  .default('');

/** The kinds of business replies are worded for (never a coffee shop by default). */
export const BUSINESS_KINDS = ['cafe', 'restaurant', 'hotel', 'shop', 'app', 'service'] as const;
export const BusinessKindSchema = z.enum(BUSINESS_KINDS, { error: 'pick one of cafe, restaurant, hotel, shop, app, service' });

/** What the business is and what a customer has with it ("sorry your stay…"). */
export const BusinessSchema = z.object({
  kind: BusinessKindSchema.default('service'),
  /** visit, stay, order, meal, account, appointment, or the user's own word. */
  noun: z
    .string()
    .trim()
    .min(1, 'enter a word such as visit, stay or order')
    .max(40)
    .regex(/^[\p{L}][\p{L} '-]*$/u, 'letters only, such as visit, stay or order')
    .default('experience'),
});
export type Business = z.infer<typeof BusinessSchema>;

/** ISO 639-1 codes of the languages the replier writes, the first being the default. */
export const ReplyLanguagesSchema = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, 'use two-letter language codes such as en, fr, de'),
  )
  .min(1, 'at least one language')
  .max(12)
  .refine((codes) => new Set(codes).size === codes.length, 'each language once')
  .default(['en']);

/** Short facts a reply may quote when someone asks (hours, booking, delivery, returns, ...). */
export const FactsSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'fact names are letters, digits, - or _ (such as hours, booking)'),
    z.string().trim().min(1, 'a fact needs some text').max(500, 'keep each fact under 500 characters'),
  )
  .refine((facts) => Object.keys(facts).length <= 40, 'at most 40 facts')
  .default({});

/** Who replies, and how people can reach them. Every field may be empty; templates mark what is missing. */
export const ProfileSchema = z.object({
  brand: optionalText(100),
  replierName: optionalText(100),
  signature: optionalText(200),
  email: emailSchema,
  phone: phoneSchema,
  dmHandle: dmHandleSchema,
  supportUrl: httpUrlOrEmpty,
  business: BusinessSchema.default({ kind: 'service', noun: 'experience' }),
  languages: ReplyLanguagesSchema,
  facts: FactsSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

export const EMPTY_PROFILE: Profile = ProfileSchema.parse({});

/** A made-up business, the same one the demo page shows. */
export const SAMPLE_PROFILE: Profile = {
  brand: 'Harbor & Pine Coffee',
  replierName: 'Maya Lopez',
  signature: '— Maya, Harbor & Pine',
  email: 'hello@harborpine.example',
  phone: '+1 555 0134',
  dmHandle: '@harborpine',
  supportUrl: 'https://harborpine.example/help',
  business: { kind: 'cafe', noun: 'visit' },
  languages: ['en'],
  facts: {
    hours: 'Mon–Fri 7:00–18:00, Sat–Sun 8:00–17:00',
    booking: 'No bookings needed for small tables; groups of 8 or more can book by email',
    delivery: 'No delivery; order ahead on our website and pick up at the counter',
    milk: 'Oat, soy and almond milk at no extra charge',
    dogs: 'Dogs welcome on the terrace',
    wifi: 'Free wifi; the password is on your receipt',
  },
};

/** An origin the user added for the generic adapter, e.g. "https://blog.example.com". */
export const ExtraSiteSchema = z
  .string()
  .trim()
  .max(300)
  // A bare domain ("elavegan.com") is what people type: it means the https site.
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .refine((value) => {
    try {
      const url = new URL(value);
      const isHost = url.hostname.includes('.') || url.hostname === 'localhost';
      return (url.protocol === 'https:' || url.protocol === 'http:') && isHost && url.origin === value.replace(/\/$/, '');
    } catch {
      return false;
    }
  }, 'enter a site like elavegan.com or its origin https://blog.example.com (no path)')
  .transform((value) => new URL(value).origin);

/** What the toolbar badge may count (Settings → Toolbar badge; README "Toolbar badge"). */
export const TOOLBAR_BADGES = ['negativesHere', 'dueFollowUps'] as const;
export type ToolbarBadge = (typeof TOOLBAR_BADGES)[number];
/**
 * Replybook beside a site's own reply box (issue 14): the chip with the draft check and the top
 * suggestion, per site and off unless the user turns it on; and typed shortcuts (`;thanks`).
 */
export const ReplyBoxSettingsSchema = z.object({
  /** Site id → the chip beside that site's reply boxes. A site absent from the record has none. */
  chipSites: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.boolean()).default({}),
  shortcuts: ShortcutsSchema.default([]),
});
export type ReplyBoxSettings = z.infer<typeof ReplyBoxSettingsSchema>;

export const SettingsSchema = z.object({
  profile: ProfileSchema.default(EMPTY_PROFILE),
  /** Days until a follow-up reminder, offered when a reply is logged. */
  followUpDays: z
    .number({ error: 'enter a number of days' })
    .int('whole days only')
    .min(1, 'at least 1 day')
    .max(90, 'at most 90 days')
    .default(3),
  /** Site id → on/off. A site absent from the record is on. */
  sites: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.boolean()).default({}),
  /** Origins the generic adapter runs on, each granted as an optional host permission. */
  extraSites: z.array(ExtraSiteSchema).max(200).default([]),
  onboarded: z.boolean().default(false),
  // --- toolbar badge (issue 14): one meaning at a time, chosen in Settings.
  /** What the number on the toolbar button counts: this page's unanswered negatives, or follow-ups due. */
  toolbarBadge: z.enum(TOOLBAR_BADGES, { error: 'pick what the badge counts' }).default('negativesHere'),
  replyBox: ReplyBoxSettingsSchema.default({ chipSites: {}, shortcuts: [] }),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Reads a profile out of whatever the user hands over: a bare profile, `{profile}`,
 * or the dashboard's export file with a `settings` key.
 */
export function parseProfileFile(value: unknown): { ok: true; profile: Profile } | { ok: false; error: string } {
  const candidate = value && typeof value === 'object' && 'settings' in value ? (value as { settings: unknown }).settings : value;
  const inner =
    candidate && typeof candidate === 'object' && 'profile' in candidate ? (candidate as { profile: unknown }).profile : candidate;
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) {
    return { ok: false, error: 'expected a profile object, {profile: {...}} or an export file with "settings"' };
  }
  const known = Object.keys(ProfileSchema.shape);
  if (!Object.keys(inner).some((key) => known.includes(key))) {
    return { ok: false, error: `no profile fields found; expected some of ${known.join(', ')}` };
  }
  const parsed = ProfileSchema.safeParse(inner);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `profile.${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  return { ok: true, profile: parsed.data };
}
