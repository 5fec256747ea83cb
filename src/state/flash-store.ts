// The console's Flashbar messages: results of actions ("User user-1 created."), shown above the
// page until dismissed. Pages push; the layout renders.
import type { ReactNode } from 'react';
import { create } from 'zustand';

export interface FlashMessage {
  id: string;
  type: 'success' | 'error' | 'warning' | 'info' | 'in-progress';
  header?: ReactNode;
  content?: ReactNode;
  /** A button or link beside the message, e.g. "View user". */
  action?: ReactNode;
  loading?: boolean;
  /** Set once a navigation happened while it was shown: the next one removes it. */
  seen?: boolean;
}

interface FlashState {
  messages: FlashMessage[];
  /** Adds a message (newest first) and returns its id. Pass an id to replace an earlier one. */
  pushFlash: (message: Omit<FlashMessage, 'id'> & { id?: string }) => string;
  dismissFlash: (id: string) => void;
  clearFlashes: () => void;
  /**
   * Called by the layout on every page change. A message survives the navigation right after it
   * was pushed ("User created" then the users list), and goes with the one after.
   */
  onNavigation: () => void;
}

let nextId = 1;

export const useFlash = create<FlashState>()((set) => ({
  messages: [],
  pushFlash: (message) => {
    const id = message.id ?? `flash-${nextId++}`;
    set((state) => ({
      messages: [{ ...message, id }, ...state.messages.filter((m) => m.id !== id)].slice(0, 5),
    }));
    return id;
  },
  dismissFlash: (id) => set((state) => ({ messages: state.messages.filter((m) => m.id !== id) })),
  clearFlashes: () => set({ messages: [] }),
  onNavigation: () =>
    set((state) => ({
      messages: state.messages.filter((m) => !m.seen).map((m) => ({ ...m, seen: true })),
    })),
}));
