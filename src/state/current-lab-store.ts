// The current lab's name, for the identity menu. The Labs feature fills it in from the catalog
// (lazily, so the data layer stays out of the first page load); the top navigation only reads it.
import { create } from 'zustand';

interface CurrentLabState {
  /** Undefined until the catalog has been read. */
  name?: string;
  setName: (name: string) => void;
}

export const useCurrentLab = create<CurrentLabState>()((set) => ({
  setName: (name) => set({ name }),
}));
