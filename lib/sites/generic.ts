import { absoluteUrl, parseMachineTime, parseRating } from '@/lib/dom/parse';
import { normaliseText, singleLine } from '@/lib/dom/text';
import { defineSite } from './define-site';
import type { RawItem } from './schema';

/*
 * Any page: schema.org Review/Comment in JSON-LD, microdata or RDFa, plus common
 * comment markup. Used when no site adapter matches the host and no blog
 * platform is recognised.
 */

const MICRODATA_REVIEW = '[itemscope][itemtype*="schema.org/Review"]';
const MICRODATA_COMMENT = '[itemscope][itemtype*="schema.org/Comment"]';
const RDFA_REVIEW = '[typeof~="Review"], [typeof~="schema:Review"]';
const RDFA_COMMENT = '[typeof~="Comment"], [typeof~="schema:Comment"]';

export const generic = defineSite({
  id: 'generic',
  name: 'Any page (schema.org)',
  matches: [],
  detect: [
    'script[type="application/ld+json"]',
    MICRODATA_REVIEW,
    MICRODATA_COMMENT,
    RDFA_REVIEW,
    RDFA_COMMENT,
    '#comments .comment',
    '.comments-list .comment',
  ],
  // Reply length (playbooks, draft check); `assumed`: our estimate, not a documented limit.
  replyLimit: { name: 'this site', maxChars: 5000, assumed: true, preferred: 'medium' },
  items: [
    {
      kind: 'review',
      container: [MICRODATA_REVIEW, RDFA_REVIEW],
      id: [':scope@itemid', ':scope@resource', ':scope@id'],
      author: [
        '[itemprop="author"] [itemprop="name"]',
        '[itemprop="author"]',
        '[property~="author"] [property~="name"]',
        '[property~="schema:author"] [property~="schema:name"]',
        '[property~="author"]',
        '[property~="schema:author"]',
      ],
      title: ['[itemprop="name"]:not([itemprop="author"] *)', '[property~="name"]:not([property~="author"] *)'],
      text: ['[itemprop="reviewBody"]', '[itemprop="description"]', '[property~="reviewBody"]', '[property~="schema:reviewBody"]'],
      time: ['[itemprop="datePublished"]', '[property~="datePublished"]', '[property~="schema:datePublished"]'],
      rating: [
        '[itemprop="reviewRating"] [itemprop="ratingValue"]',
        '[itemprop="ratingValue"]',
        '[property~="ratingValue"]',
        '[property~="schema:ratingValue"]',
      ],
      permalink: ['[itemprop="url"]@href', '[property~="url"]@href'],
    },
    {
      kind: 'comment',
      container: [MICRODATA_COMMENT, RDFA_COMMENT],
      id: [':scope@itemid', ':scope@resource', ':scope@id'],
      author: [
        '[itemprop="author"] [itemprop="name"]',
        '[itemprop="author"]',
        '[property~="author"] [property~="name"]',
        '[property~="author"]',
      ],
      text: ['[itemprop="text"]', '[itemprop="description"]', '[property~="text"]', '[property~="schema:text"]'],
      time: ['[itemprop="dateCreated"]', '[itemprop="datePublished"]', '[property~="dateCreated"]', '[property~="datePublished"]'],
      permalink: ['[itemprop="url"]@href', '[property~="url"]@href'],
      nestedKind: 'reply',
    },
    {
      kind: 'comment',
      // Common blog markup (themes, static-site generators, forums).
      container: ['#comments .comment:not(:has(.comment-body .comment))', '.comments-list .comment'],
      id: [':scope@id'],
      author: ['.comment-author .fn', '.comment-author', '.author', 'cite'],
      text: ['.comment-content', '.comment-body', '.comment-text', 'p'],
      time: ['time[datetime]', '.comment-date', '.date'],
      nestedKind: 'reply',
    },
  ],
  reply: {
    open: ['a.comment-reply-link', 'a[href*="replytocom"]'],
    box: ['#respond textarea', 'form textarea[name="comment"]', 'textarea[name="comment"]'],
    place: 'inside',
    movesOneForm: true, // WordPress-like `#respond` forms
    editor: 'textarea',
  },
  hooks: { findExtraItems: findJsonLdItems },
});

type Json = unknown;

/** Reviews and comments described in JSON-LD blocks (also nested in @graph, `review`, `comment`). */
function findJsonLdItems(root: Document | Element, pageUrl: string): RawItem[] {
  const items: RawItem[] = [];
  const scripts = Array.from(root.querySelectorAll('script[type="application/ld+json"]'));
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; skip it
    }
    const visit = (node: Json, parentId: string | undefined, depth: number) => {
      if (depth > 8 || node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const child of node) visit(child, parentId, depth + 1);
        return;
      }
      const record = node as Record<string, Json>;
      const types = ([] as Json[]).concat(record['@type'] ?? []).map(String);
      let id = parentId;
      const kind = types.some((t) => /(^|:)Review$/.test(t))
        ? 'review'
        : types.some((t) => /(^|:)Comment$/.test(t))
          ? 'comment'
          : undefined;
      if (kind) {
        const item = jsonLdItem(record, kind, script, pageUrl, parentId);
        if (item) {
          items.push(item);
          id = item.id;
        }
      }
      for (const key of ['@graph', 'review', 'reviews', 'comment', 'comments', 'mainEntity', 'itemListElement', 'item']) {
        if (key in record) visit(record[key], kind ? id : parentId, depth + 1);
      }
    };
    visit(data, undefined, 0);
  }
  return items;
}

function str(value: Json): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function jsonLdItem(
  record: Record<string, Json>,
  kind: 'review' | 'comment',
  script: Element,
  pageUrl: string,
  parentId: string | undefined,
): RawItem | undefined {
  const text = str(record.reviewBody) ?? str(record.text) ?? str(record.description);
  if (text === undefined) return undefined;
  const authorValue = record.author;
  const author = Array.isArray(authorValue) ? authorValue[0] : authorValue;
  const authorName = str(author) ?? (author && typeof author === 'object' ? str((author as Record<string, Json>).name) : undefined);
  const authorUrl = author && typeof author === 'object' ? str((author as Record<string, Json>).url) : undefined;
  const ratingNode = record.reviewRating as Record<string, Json> | undefined;
  const ratingMax = ratingNode && typeof ratingNode === 'object' ? parseRating(str(ratingNode.bestRating)) : undefined;
  const rating = ratingNode && typeof ratingNode === 'object' ? parseRating(str(ratingNode.ratingValue)) : undefined;
  const time = str(record.datePublished) ?? str(record.dateCreated);
  const permalink = absoluteUrl(str(record.url) ?? str(record['@id']), pageUrl);
  const item: RawItem = {
    element: script,
    kind: parentId && kind === 'comment' ? 'reply' : kind,
    text: normaliseText(text),
    isOwnerReply: false,
  };
  if (authorName) item.author = singleLine(authorName);
  if (authorUrl) item.authorUrl = absoluteUrl(authorUrl, pageUrl);
  const title = str(record.name) ?? str(record.headline);
  if (title) item.title = singleLine(title);
  if (rating !== undefined) {
    item.rating = rating;
    item.ratingMax = ratingMax ?? 5;
  }
  const postedAt = parseMachineTime(time);
  if (postedAt) item.postedAt = postedAt;
  else if (time) item.timeText = time.slice(0, 200);
  if (permalink && permalink !== pageUrl) {
    item.permalink = permalink;
    item.id = permalink;
  }
  if (parentId) item.parentId = parentId;
  return item;
}
