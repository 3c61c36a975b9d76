import { useEffect, useRef, type RefObject } from 'react';
import type { Suggestion } from '@/lib/playbooks/suggest';
import { usePanelStore } from '../store';
import { isTyping } from '../use-panel-keys';

/**
 * Focus lands just before the first suggestion (one Tab reaches it), or on the item's
 * name when there is none; the heading is described by the item's text.
 */
export function useInitialFocus({
  ready,
  hasSuggestions,
  headingRef,
  suggestionsHeadingRef,
}: {
  ready: boolean;
  hasSuggestions: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  suggestionsHeadingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const focusPlaced = useRef(false);
  useEffect(() => {
    if (focusPlaced.current || !ready) return;
    focusPlaced.current = true;
    // The profile loads asynchronously: never take focus from a field the user is already typing in.
    if (isTyping(document.activeElement)) return;
    (hasSuggestions ? suggestionsHeadingRef.current : headingRef.current)?.focus({ preventScroll: true });
  }, [ready, hasSuggestions]);
}

/** 1–3 pick a suggestion, e edits, Ctrl+Enter inserts. */
export function useItemKeys({
  suggestions,
  insert,
  editorRef,
}: {
  /** Undefined until the profile is read: a pick would carry [placeholders] the user never saw. */
  suggestions: Suggestion[] | undefined;
  insert(): void;
  editorRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const pickSuggestion = usePanelStore((s) => s.pickSuggestion);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        insert();
        return;
      }
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const suggestion = suggestions?.[index];
      if (suggestion) {
        event.preventDefault();
        pickSuggestion(index + 1, suggestion.text, suggestion.templateId);
      } else if (event.key === 'e') {
        event.preventDefault();
        editorRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
