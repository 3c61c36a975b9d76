import type { Labels } from '@/lib/classifier/labels';
import { buildContext, renderTemplate } from '@/lib/playbooks/render';
import type { Profile } from '@/lib/settings/schema';
import type { Item } from '@/lib/sites/item';

/**
 * A shortcut's phrase with its variables filled from the item under the box and the user's
 * profile, as templates are (lib/playbooks/render.ts): a value that is missing shows as its
 * marker ("[your email]") and is listed in `unfilled`. Without an item, only the profile's fill.
 */
export function expandPhrase(
  phrase: string,
  input: { item?: Pick<Item, 'author' | 'text' | 'rating' | 'site'>; labels?: Pick<Labels, 'topics'>; site: string; profile: Profile },
): { text: string; unfilled: string[] } {
  const item = input.item ?? { text: '', site: input.site };
  return renderTemplate(phrase, buildContext({ item, labels: input.labels, site: input.site, profile: input.profile }));
}
