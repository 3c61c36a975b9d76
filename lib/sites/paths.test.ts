// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { pathCanHoldItems, type SiteAdapter } from './schema';
import { trustpilot } from './trustpilot';
import { yelp } from './yelp';

/** Paths where each site shows comments or reviews (the fixtures' pages among them), and paths where it cannot. */
const CASES: Array<[SiteAdapter, string[], string[]]> = [
  [
    facebook,
    ['/', '/salmanmd.sultan.1/posts/3741738029450159/', '/photo/', '/groups/123/permalink/456/', '/SomeBrand/reviews', '/watch/'],
    ['/messages/t/123', '/settings', '/notifications', '/marketplace/item/1/', '/login/'],
  ],
  [instagram, ['/', '/p/Cabc123/', '/reel/Cxyz/', '/e_i_t_y_y_y/', '/explore/'], ['/direct/inbox/', '/accounts/edit/', '/about/']],
  [
    linkedin,
    [
      '/feed/',
      '/posts/someone_activity-123',
      '/feed/update/urn:li:activity:1/',
      '/company/acme/posts/',
      '/in/someone/recent-activity/all/',
    ],
    ['/messaging/thread/1/', '/jobs/view/1/', '/mynetwork/', '/learning/'],
  ],
  [
    reddit,
    ['/', '/r/coffee/', '/r/coffee/comments/abc/title/', '/user/someone/comments/'],
    ['/settings/profile', '/message/inbox', '/chat/room/1', '/submit', '/r/coffee/submit'],
  ],
  [
    trustpilot,
    ['/review/twenix.es', '/review/www.example.com?page=2', '/reviews/64a1b2c3d4', '/reviews'],
    ['/', '/categories/travel_insurance', '/users/123', '/search', '/evaluate/twenix.es', '/reviewers'],
  ],
];

describe('where each site can hold items (its `paths`)', () => {
  for (const [adapter, active, idle] of CASES) {
    it(`${adapter.id}: runs on comment and review pages, idles elsewhere`, () => {
      for (const path of active) expect(pathCanHoldItems(adapter, path.split('?')[0]!), path).toBe(true);
      for (const path of idle) expect(pathCanHoldItems(adapter, path), path).toBe(false);
    });
  }

  it('a site without paths runs everywhere', () => {
    const adapter = yelp as unknown as SiteAdapter;
    expect(adapter.paths).toBeUndefined();
    expect(pathCanHoldItems(adapter, '/anything')).toBe(true);
  });
});
