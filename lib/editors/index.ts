export { insertReply, MESSAGES, STRATEGY_NAMES } from './insert';
export { detectEditor, resolveEditable, isWritable } from './detect';
export { normaliseText, readBoxText } from './dom';
export { openReplyBox, clickReplyControl, waitForDom, findVisible, isVisible } from './open-reply-box';
export { copyToClipboard } from './clipboard';
export type { EditorKind, InsertOptions, InsertOutcome } from './types';
