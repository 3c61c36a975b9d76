import { create, type StateCreator } from 'zustand';
import type { Tone } from '@/lib/classifier/labels';

/** Which item is open and how the list is filtered. */
interface SelectionSlice {
  selectedId?: string;
  toneFilter?: Tone;
  showHandled: boolean;
  select(id: string | undefined): void;
  setToneFilter(tone: Tone | undefined): void;
  setShowHandled(show: boolean): void;
}

/** The reply being written for the selected item. */
interface DraftSlice {
  draft: string;
  templateId?: string;
  /** The suggestion the draft started from (1–3), for the keyboard and the log. */
  pickedIndex?: number;
  setDraft(text: string): void;
  pickSuggestion(index: number, text: string, templateId: string): void;
}

/** One line of feedback after an action (insert, copy, log). */
interface StatusSlice {
  status?: { kind: 'ok' | 'error' | 'info'; text: string };
  setStatus(status: StatusSlice['status']): void;
}

export type PanelState = SelectionSlice & DraftSlice & StatusSlice;

const createSelectionSlice: StateCreator<PanelState, [], [], SelectionSlice> = (set, get) => ({
  selectedId: undefined,
  toneFilter: undefined,
  showHandled: false,
  select: (id) => {
    if (id === get().selectedId) return;
    set({ selectedId: id, draft: '', templateId: undefined, pickedIndex: undefined, status: undefined });
  },
  setToneFilter: (tone) => set({ toneFilter: tone }),
  setShowHandled: (show) => set({ showHandled: show }),
});

const createDraftSlice: StateCreator<PanelState, [], [], DraftSlice> = (set) => ({
  draft: '',
  templateId: undefined,
  pickedIndex: undefined,
  setDraft: (text) => set({ draft: text }),
  pickSuggestion: (index, text, templateId) => set({ pickedIndex: index, draft: text, templateId }),
});

const createStatusSlice: StateCreator<PanelState, [], [], StatusSlice> = (set) => ({
  status: undefined,
  setStatus: (status) => set({ status }),
});

export const usePanelStore = create<PanelState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createDraftSlice(...a),
  ...createStatusSlice(...a),
}));
