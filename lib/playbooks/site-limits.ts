/*
 * Reply limits are site facts: they live in each adapter (lib/sites/<id>.ts `replyLimit`).
 * This re-export stays only for the modules that import it from here (compose, draft-check,
 * suggest, index, the side panel's ItemDetail), which belong to other work in issue 15.
 */
export { SITE_LIMITS, siteLength, siteLimitFor, type SiteLimit } from '@/lib/sites/reply-limits';
