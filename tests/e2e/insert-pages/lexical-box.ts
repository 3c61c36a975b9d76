import { $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';

/** A real Lexical 0.52 rich-text editor on `root`; returns its model reader and a clear(). */
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
  return {
    read: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () => editor.update(() => $getRoot().clear()),
  };
}
