import { $getRoot, createEditor } from 'lexical';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';

/** A real Lexical 0.52 rich-text editor with undo history on `root`; returns its model reader and a clear(). */
export function mountLexical(root: HTMLElement, namespace: string): { read: () => string; clear: () => void } {
  const editor = createEditor({
    namespace,
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  registerRichText(editor);
  // Ctrl+Z, as on Facebook (the reply-box tests undo a shortcut's expansion).
  registerHistory(editor, createEmptyHistoryState(), 300);
  return {
    read: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () => editor.update(() => $getRoot().clear()),
  };
}
