export { insertReply, MESSAGES, STRATEGY_NAMES } from './insert';
export { detectEditor, resolveEditable, isWritable } from './detect';
export { normaliseText, readBoxText } from './dom';
export { copyToClipboard } from './clipboard';
export type { EditorKind, InsertOptions, InsertOutcome } from './types';
export { replaceText, type ReplaceSpan, type ReplaceOutcome } from './replace';
