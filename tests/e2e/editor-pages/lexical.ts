// Two real Lexical 0.52 editors: rich text (as on Facebook) and plain text.
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { registerPlainText } from '@lexical/plain-text';
import { exposePage } from './page-api';

function mount(id: string, plain: boolean): LexicalEditor {
  const editor = createEditor({
    namespace: id,
    nodes: plain ? [] : [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(document.getElementById(id));
  if (plain) registerPlainText(editor);
  else registerRichText(editor);
  return editor;
}

const editors: Record<string, LexicalEditor> = { rich: mount('rich', false), plain: mount('plain', true) };
const readText = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());
const api = exposePage(() => readText(editors.rich!));
Object.assign(api, { getPlainState: () => readText(editors.plain!) });
