// X: the "What is happening?!" composer (a real Draft.js 0.11.7 editor on React 19) above the
// timeline, or on a status page the inline "Post your reply" composer under the focused post; a
// tweet's Reply opens a dialog in the layers portal saying "Replying to @handle" with another
// Draft.js composer. A Reply on another tweet replaces the dialog (X's /compose/post route).
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { forgetBox, later, page, trackBox } from './thread-api';

const states = new Map<string, EditorState>();
const textOf = (key: string) => states.get(key)?.getCurrentContent().getPlainText() ?? '';

function Composer({ stateKey, placeholder }: { stateKey: string; placeholder: string }) {
  const [editorState, setEditorState] = useState(() => states.get(stateKey) ?? EditorState.createEmpty());
  states.set(stateKey, editorState);
  return (
    <Editor
      editorState={editorState}
      onChange={(next) => {
        states.set(stateKey, next);
        setEditorState(next);
      }}
      placeholder={placeholder}
      webDriverTestID="tweetTextarea_0"
    />
  );
}

// Home timeline: the new-post composer at the top.
const composer = document.getElementById('composer');
if (composer) {
  trackBox('post', () => textOf('post'));
  createRoot(composer).render(<Composer stateKey="post" placeholder="What is happening?!" />);
}

// Status page: "Post your reply" right after the focused post's article (in `inline_reply_offscreen`),
// with its own Reply button; it answers the focused post only.
const inline = document.querySelector<HTMLElement>('[data-testid="inline_reply_offscreen"] [data-inline-composer]');
if (inline) {
  const key = inline.closest('[data-key]')!.getAttribute('data-key')!;
  const stateKey = `inline-${key}`;
  trackBox(key, () => textOf(stateKey));
  createRoot(inline).render(<Composer stateKey={stateKey} placeholder="Post your reply" />);
  const post = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
  post.addEventListener('click', () => page.posted.push({ to: key, text: textOf(stateKey) }));
}

let dialogRoot: Root | undefined;
let dialogKey: string | undefined;

function closeDialog() {
  dialogRoot?.unmount();
  dialogRoot = undefined;
  if (dialogKey) forgetBox(dialogKey);
  dialogKey = undefined;
  document.getElementById('layers')!.replaceChildren();
}

for (const reply of document.querySelectorAll<HTMLElement>('button[data-testid="reply"]')) {
  reply.addEventListener('click', () => {
    const tweet = reply.closest('[data-key]')!;
    const key = tweet.getAttribute('data-key')!;
    const handle = tweet.querySelector('[data-testid="User-Name"] a[role="link"]')!.getAttribute('href')!;
    later(() => {
      closeDialog();
      const layers = document.getElementById('layers')!;
      layers.innerHTML = `<div role="dialog" aria-modal="true"><div>Replying to <a role="link" href="${handle}">@${handle.slice(1)}</a></div>
        <div id="reply-composer" style="min-height:40px;width:480px;border:1px solid #999"></div></div>`;
      const post = document.createElement('button');
      post.type = 'button';
      post.setAttribute('data-testid', 'tweetButton');
      post.setAttribute('data-post-button', '');
      post.textContent = 'Reply';
      post.addEventListener('click', () => {
        page.posted.push({ to: key, text: textOf(`reply-${key}`) });
        closeDialog();
      });
      layers.querySelector('[role="dialog"]')!.append(post);
      states.delete(`reply-${key}`);
      dialogKey = key;
      trackBox(key, () => textOf(`reply-${key}`));
      dialogRoot = createRoot(document.getElementById('reply-composer')!);
      dialogRoot.render(<Composer stateKey={`reply-${key}`} placeholder="Post your reply" />);
    }, 200);
  });
}
