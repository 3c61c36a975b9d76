// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openableUrl, openItem, pendingFocusKey, samePage } from './open-item';

const OWN = 'chrome-extension://abc/';

describe('"Open on the page" in the background', () => {
  it('opens only web pages (and its own demo page): the addresses came from pages', () => {
    expect(openableUrl('https://www.yelp.com/biz/cafe#r1', OWN)).toBe('https://www.yelp.com/biz/cafe#r1');
    expect(openableUrl('javascript:alert(1)', OWN)).toBeUndefined();
    expect(openableUrl('file:///etc/passwd', OWN)).toBeUndefined();
    expect(openableUrl('chrome-extension://other/x.html', OWN)).toBeUndefined();
    expect(openableUrl(`${OWN}demo.html`, OWN)).toBe(`${OWN}demo.html`);
    expect(openableUrl('not a url', OWN)).toBeUndefined();
    expect(samePage('https://x.com/a/#top', 'https://x.com/a')).toBe(true);
    expect(samePage('https://x.com/a', 'https://x.com/b')).toBe(false);
  });

  it('without a tab showing the item, opens its page in a new tab and remembers to scroll to it', async () => {
    const result = await openItem({ itemId: 'r1', pageUrl: 'https://www.yelp.com/biz/cafe', permalink: 'https://www.yelp.com/r/1' }, 1000);
    expect(result).toEqual({ ok: true, opened: 'new-tab', focused: false });
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.find((tab) => tab.url === 'https://www.yelp.com/biz/cafe');
    expect(opened).toBeTruthy();
    const key = pendingFocusKey(opened!.id!);
    expect((await fakeBrowser.storage.session.get(key))[key]).toMatchObject({ itemId: 'r1' });
  });

  it('refuses an item whose addresses are not web pages', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    const result = await openItem({ itemId: 'r1', pageUrl: 'javascript:alert(1)' });
    expect(result.ok).toBe(false);
    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
  });
});
