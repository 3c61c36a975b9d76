import { z } from 'zod';

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

/** Who replies, and how people can reach them. Every field may be empty; templates mark what is missing. */
export const ProfileSchema = z.object({
  brand: optionalText(100),
  replierName: optionalText(100),
  signature: optionalText(200),
  email: emailSchema,
  phone: phoneSchema,
  dmHandle: dmHandleSchema,
  supportUrl: httpUrlOrEmpty,
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

export const SettingsSchema = z.object({
  profile: ProfileSchema.default(EMPTY_PROFILE),
  /** Days until a follow-up reminder, offered when a reply is logged. */
  followUpDays: z.number({ error: 'enter a number of days' }).int('whole days only').min(1, 'at least 1 day').max(90, 'at most 90 days').default(3),
  /** Site id → on/off. A site absent from the record is on. */
  sites: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.boolean()).default({}),
  /** Origins the generic adapter runs on, each granted as an optional host permission. */
  extraSites: z.array(ExtraSiteSchema).max(200).default([]),
  onboarded: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Reads a profile out of whatever the user hands over: a bare profile, `{profile}`,
 * or the dashboard's export file with a `settings` key.
 */
export function parseProfileFile(value: unknown): { ok: true; profile: Profile } | { ok: false; error: string } {
  const candidate =
    value && typeof value === 'object' && 'settings' in value
      ? (value as { settings: unknown }).settings
      : value;
  const inner =
    candidate && typeof candidate === 'object' && 'profile' in candidate
      ? (candidate as { profile: unknown }).profile
      : candidate;
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
