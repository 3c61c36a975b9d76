// What the editor tests load into the page's isolated world: lib/editors, plus the engine's own
// reply-box opener and the one visibility check, so "Reply, then the box" is tested on the real path.
export * from '@/lib/editors';
export { clickReplyControl, openOwnBox } from '@/lib/content/reply-box-opener';
export { isUsableEditor } from '@/lib/dom/visibility';
export { waitForDom } from '@/lib/dom/wait';
