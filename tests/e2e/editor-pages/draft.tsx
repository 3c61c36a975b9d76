// A real Draft.js 0.11.7 editor rendered by React 19 (the X/Twitter composer is Draft.js).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { exposePage } from './page-api';

let latest = EditorState.createEmpty();
exposePage(() => latest.getCurrentContent().getPlainText());

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
      webDriverTestID="draft-box"
    />
  );
}

createRoot(document.getElementById('mount')!).render(<Composer />);
