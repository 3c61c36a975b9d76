import { useEffect, useState } from 'react';
import { firstRunGuideItem, parseGuideFlag } from '@/lib/settings/first-run';

/** Whether the first-run guide is on (live across the welcome page and the panel), and a way to close it. */
export function useFirstRunGuide(): { shown: boolean; dismiss(): void } {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let live = true;
    void firstRunGuideItem.getValue().then((value) => live && setShown(parseGuideFlag(value)));
    const stop = firstRunGuideItem.watch((value) => live && setShown(parseGuideFlag(value)));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return {
    shown,
    dismiss: () => {
      setShown(false);
      void firstRunGuideItem.setValue(false);
    },
  };
}

/** Three steps for the first reply on the demo page; Replybook never posts, so step 3 is the user's. */
export function FirstRunGuide({ onDone }: { onDone(): void }) {
  return (
    <section className="guide" aria-labelledby="guide-title">
      <h2 id="guide-title">Your first reply, in three steps</h2>
      <ol className="guide-steps">
        <li>
          <strong>Pick</strong> a suggested reply below (press 1, 2 or 3) and edit it if you like.
        </li>
        <li>
          <strong>Insert</strong> it: it goes into the page's own reply box under the comment.
        </li>
        <li>
          <strong>Post it yourself</strong> with the site's Post button. Replybook never posts for you.
        </li>
      </ol>
      <button type="button" onClick={onDone}>
        Got it
      </button>
    </section>
  );
}
