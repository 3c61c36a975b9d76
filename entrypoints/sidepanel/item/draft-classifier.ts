import { useEffect, useState } from 'react';
import type { Tone } from '@/lib/classifier/labels';
import { draftToneOf } from '@/lib/playbooks/draft-check';

export type ToneOf = (text: string) => Tone;

/**
 * The classifier judges the draft's own tone. Its model is most of the panel's weight,
 * so it is loaded only once the list is up (App asks when idle) or an item is opened;
 * until then the draft check's short word list stands in. Loaded once per panel.
 */
const classifier: { loading?: Promise<ToneOf>; loaded?: ToneOf } = {};

export function loadDraftClassifier(): Promise<ToneOf> {
  classifier.loading ??= import('@/lib/classifier').then((module) => (classifier.loaded = draftToneOf(module.classify)));
  return classifier.loading;
}

/** The draft's tone reader once the classifier is loaded (at once when it already is), else undefined. */
export function useDraftToneOf(): ToneOf | undefined {
  const [toneOf, setToneOf] = useState<ToneOf | undefined>(() => classifier.loaded);
  useEffect(() => {
    let live = true;
    void loadDraftClassifier().then((loaded) => live && setToneOf(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  return toneOf;
}
