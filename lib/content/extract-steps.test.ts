import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebook } from '@/lib/sites/facebook';
import type { SiteAdapter } from '@/lib/sites/schema';
import { trustpilot } from '@/lib/sites/trustpilot';
import { youtube } from '@/lib/sites/youtube';
import { findItems, readItemsInSteps } from './extract';

// Saved pages, read in place (never copied into the repo).
const FIXTURES = resolve(process.cwd(), '../shared/fixtures');

function savedPage(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, path), 'utf8'), 'text/html');
}

/** Reads `roots` one item per step (the smallest slices a burst can get): how many steps it took and what it found. */
function readOneAtATime(roots: Element[], adapter: SiteAdapter, pageUrl: string) {
  const reading = readItemsInSteps(roots, adapter, pageUrl);
  let steps = 1;
  while (!reading.step(() => true)) steps += 1;
  return { steps, found: reading.found };
}

const pages: Array<{ adapter: SiteAdapter; path: string; url: string }> = [
  // Reviews with the business's replies inside them.
  { adapter: trustpilot, path: 'trustpilot/twenix-es-2025.html', url: 'https://www.trustpilot.com/review/twenix.es' },
  // Comments with nested replies, and reply boxes.
  { adapter: facebook, path: 'facebook/post-comments-2025.html', url: 'https://www.facebook.com/' },
  // Threads whose replies sit beside their comment.
  { adapter: youtube, path: 'youtube/watch-comments-2018.html', url: 'https://www.youtube.com/watch?v=1' },
];

describe('reading a burst in steps', () => {
  for (const { adapter, path, url } of pages) {
    it(`${path}: one item per step finds what one findItems call finds, in the same order`, () => {
      const doc = savedPage(path);
      // The page's top-level children stand for the subtrees a burst added.
      const roots = [...doc.body.children];
      const whole = findItems(roots, adapter, url);
      expect(whole.length).toBeGreaterThan(3);
      const { steps, found } = readOneAtATime(roots, adapter, url);
      // A step per candidate (every item not an owner's reply is one), plus the one that finds them
      // and the one that finishes.
      expect(steps).toBeGreaterThanOrEqual(whole.filter((f) => !f.item.isOwnerReply).length + 2);
      expect(found.map((f) => f.element)).toEqual(whole.map((f) => f.element));
      expect(found.map((f) => f.item)).toEqual(whole.map((f) => f.item));
    });
  }

  it('a finished reading answers true and reads nothing again', () => {
    const doc = savedPage(pages[0]!.path);
    const reading = readItemsInSteps([doc.body], trustpilot, pages[0]!.url);
    while (!reading.step(() => false)) {
      /* one step reads it all */
    }
    const count = reading.found.length;
    expect(reading.step(() => true)).toBe(true);
    expect(reading.found.length).toBe(count);
  });
});
