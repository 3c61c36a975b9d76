export { insertReply, MESSAGES, STRATEGY_NAMES } from './insert';
export { detectEditor, resolveEditable, isWritable } from './detect';
export { openReplyBox, findVisible, isVisible } from './open-reply-box';
export { copyToClipboard } from './clipboard';
export { insertInMainWorld } from './main-world';
export { createMainWorldBridge, listenForMainWorldInserts } from './main-world-bridge';
export type { EditorKind, InsertOptions, InsertOutcome, MainWorldRunner } from './types';
