// X's home timeline: the "What is happening?!" composer (a real Draft.js editor) sits at the top
// of the timeline, and a tweet's Reply button opens a dialog with a second Draft.js composer.
// The reply must go into the dialog's composer, never into the new-post one.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { exposePage } from '../editor-pages/page-api';
import { countPosts } from './post-button';

const states: Record<'compose' | 'reply', EditorState | undefined> = { compose: EditorState.createEmpty(), reply: undefined };
const textOf = (which: 'compose' | 'reply') => states[which]?.getCurrentContent().getPlainText() ?? '';
const api = exposePage(() => textOf('reply'));
Object.assign(api, { getComposeState: () => textOf('compose') });
countPosts(api);

function Composer({ which, placeholder }: { which: 'compose' | 'reply'; placeholder: string }) {
  const [editorState, setEditorState] = useState(() => states[which] ?? EditorState.createEmpty());
  states[which] = editorState;
  return (
    <Editor
      editorState={editorState}
      onChange={(next) => {
        states[which] = next;
        setEditorState(next);
      }}
      placeholder={placeholder}
      webDriverTestID="tweetTextarea_0"
    />
  );
}

createRoot(document.getElementById('composer')!).render(<Composer which="compose" placeholder="What is happening?!" />);

document.querySelector('button[data-testid="reply"]')!.addEventListener('click', () => {
  // X renders the reply dialog in its layers portal, a while after the click.
  setTimeout(() => {
    const layers = document.getElementById('layers')!;
    if (layers.querySelector('[role="dialog"]')) return;
    layers.innerHTML = '<div role="dialog" aria-modal="true" aria-labelledby="modal-header"><div id="reply-composer" style="min-height:40px;width:480px;border:1px solid #999"></div><button type="button" id="post" data-testid="tweetButton">Reply</button></div>';
    createRoot(document.getElementById('reply-composer')!).render(<Composer which="reply" placeholder="Post your reply" />);
  }, 200);
});
