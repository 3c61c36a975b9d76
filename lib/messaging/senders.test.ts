// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkExtensionPageSender, checkItemsSender, checkSiteSender } from './senders';

const own = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const tab = { id: 5 };
const report = (siteId: string, pageUrl: string, itemSite = siteId) => ({ siteId, pageUrl, items: [{ site: itemSite }] });

describe('checkItemsSender', () => {
  it("accepts a site's own items from its own tab", () => {
    const sender = { id: own.id, url: 'https://www.trustpilot.com/review/example.com', tab };
    expect(checkItemsSender(sender, report('trustpilot', sender.url), own)).toEqual({ ok: true });
  });

  it('refuses facebook items from a Trustpilot tab, and mislabelled items', () => {
    const sender = { id: own.id, url: 'https://www.trustpilot.com/review/example.com', tab };
    expect(checkItemsSender(sender, report('facebook', sender.url), own)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Trustpilot tab cannot report "facebook"/),
    });
    expect(checkItemsSender(sender, report('trustpilot', sender.url, 'facebook'), own)).toMatchObject({ ok: false });
    expect(checkItemsSender(sender, report('wordpress', sender.url), own)).toMatchObject({ ok: false });
  });

  it('refuses a pageUrl on another origin, a sender without a tab, another extension and demo items from the web', () => {
    const sender = { id: own.id, url: 'https://blog.example.com/post', tab };
    expect(checkItemsSender(sender, report('wordpress', 'https://www.facebook.com/x'), own)).toMatchObject({ ok: false });
    expect(checkItemsSender({ ...sender, tab: undefined }, report('wordpress', sender.url), own)).toMatchObject({ ok: false });
    expect(checkItemsSender({ ...sender, id: 'other' }, report('wordpress', sender.url), own)).toMatchObject({ ok: false });
    expect(checkItemsSender(sender, report('demo', sender.url), own)).toMatchObject({ ok: false });
    expect(checkItemsSender(sender, report('facebook', sender.url), own)).toMatchObject({ ok: false });
    expect(checkItemsSender(sender, report('wordpress', sender.url), own)).toEqual({ ok: true });
  });

  it("accepts demo items only from the extension's demo page", () => {
    const sender = { id: own.id, url: `${own.origin}demo.html`, tab };
    expect(checkItemsSender(sender, report('demo', sender.url), own)).toEqual({ ok: true });
    expect(checkItemsSender(sender, report('yelp', sender.url), own)).toMatchObject({ ok: false });
  });
});

describe('checkExtensionPageSender', () => {
  it('lets the panel and dashboard write, never a content script', () => {
    expect(checkExtensionPageSender({ id: own.id, url: `${own.origin}sidepanel.html` }, own)).toEqual({ ok: true });
    expect(checkExtensionPageSender({ id: own.id, url: `${own.origin}dashboard.html#/log`, tab }, own)).toEqual({ ok: true });
    expect(checkExtensionPageSender({ id: own.id, url: 'https://www.yelp.com/biz/x', tab }, own)).toMatchObject({ ok: false });
    expect(checkExtensionPageSender({ id: 'other', url: `${own.origin}sidepanel.html` }, own)).toMatchObject({ ok: false });
  });
});

describe('checkSiteSender (the reply-box messages)', () => {
  it("answers a site's own script in its own tab, and the demo page as the demo", () => {
    expect(checkSiteSender({ id: own.id, url: 'https://www.facebook.com/brand/posts/1', tab }, 'facebook', own)).toEqual({ ok: true });
    expect(checkSiteSender({ id: own.id, url: `${own.origin}demo.html`, tab }, 'demo', own)).toEqual({ ok: true });
  });

  it('refuses a script asking for another site, a sender without a tab or URL, and another extension', () => {
    const sender = { id: own.id, url: 'https://www.trustpilot.com/review/example.com', tab };
    expect(checkSiteSender(sender, 'facebook', own)).toMatchObject({ ok: false });
    expect(checkSiteSender(sender, 'demo', own)).toMatchObject({ ok: false });
    expect(checkSiteSender({ ...sender, tab: undefined }, 'trustpilot', own)).toMatchObject({ ok: false });
    expect(checkSiteSender({ ...sender, url: undefined }, 'trustpilot', own)).toMatchObject({ ok: false });
    expect(checkSiteSender({ ...sender, id: 'other' }, 'trustpilot', own)).toMatchObject({ ok: false });
  });
});
