// Facebook's comment composer: a real Lexical 0.52 rich-text editor on `#composer`.
import { $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { exposePage } from '../editor-pages/page-api';
import { countPosts } from './post-button';

const editor = createEditor({
  namespace: 'facebook-comment',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(document.getElementById('composer'));
registerRichText(editor);
countPosts(exposePage(() => editor.getEditorState().read(() => $getRoot().getTextContent())));
