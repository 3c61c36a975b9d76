// X's reply composer: a real Draft.js 0.11.7 editor on React 19, with X's test id on the box.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { exposePage } from '../editor-pages/page-api';
import { countPosts } from './post-button';

let latest = EditorState.createEmpty();
countPosts(exposePage(() => latest.getCurrentContent().getPlainText()));

function Composer() {
  const [editorState, setEditorState] = useState(() => latest);
  latest = editorState;
  return (
    <Editor
      editorState={editorState}
      onChange={(next) => {
        latest = next;
        setEditorState(next);
      }}
      placeholder="Post your reply"
      webDriverTestID="tweetTextarea_0"
    />
  );
}

createRoot(document.getElementById('composer')!).render(<Composer />);
