import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { guardContext } from './context-guard';

const stops: AbortController[] = [];
afterEach(() => {
  for (const controller of stops.splice(0)) controller.abort();
  vi.restoreAllMocks();
});

function wxtLike() {
  const controller = new AbortController();
  stops.push(controller);
  return controller;
}

describe('guardContext', () => {
  it('keeps running when the page forges WXT\'s "content script started" event', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ctx = new ContentScriptContext('yelp');
    const guarded = guardContext(ctx, 'yelp');
    // What a hostile page does: the same event name, a made-up message id.
    document.dispatchEvent(
      new CustomEvent(`${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`, {
        detail: { contentScriptName: 'yelp', messageId: 'forged' },
      }),
    );
    expect(ctx.signal.aborted).toBe(true); // WXT's own context falls for it…
    expect(guarded.signal.aborted).toBe(false); // …the engine's does not.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('forged'));
  });

  it('stops for a newer copy of the same script', () => {
    const first = wxtLike();
    const older = guardContext(first, 'x');
    const newer = guardContext(wxtLike(), 'x');
    first.abort();
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
  });

  it('stops when the extension is gone (reloaded or removed)', () => {
    const ctx = wxtLike();
    const guarded = guardContext(ctx, 'y');
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    ctx.abort();
    expect(guarded.signal.aborted).toBe(true);
  });

  it('every content script uses it and keeps WXT from posting the extension id to the page', () => {
    const dir = join(process.cwd(), 'entrypoints');
    const scripts = readdirSync(dir).filter((name) => name.endsWith('.content.ts'));
    expect(scripts.length).toBeGreaterThan(10);
    for (const name of scripts) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect(source, name).toMatch(/noScriptStartedPostMessage: true/);
      expect(source, name).toMatch(/runSite\(guardContext\(ctx, /);
    }
  });
});
